package org.gradientlab.charts;

/** How an axis maps values to positions. */
public enum Scale {
    LINEAR("linear"),
    /** Base-10 logarithmic; values ≤ 0 cannot be drawn and become gaps. */
    LOGARITHMIC("logarithmic");

    private final String chartJsType;

    Scale(String chartJsType) {
        this.chartJsType = chartJsType;
    }

    String chartJsType() {
        return chartJsType;
    }
}
