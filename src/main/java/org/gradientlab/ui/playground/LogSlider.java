package org.gradientlab.ui.playground;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A learning rate on a logarithmic slider, 10⁻⁵ … 10, with a number field beside it for an exact value. The
 * slider is a native range input, so arrow keys, Page Up/Down, Home and End move it; screen readers hear the rate
 * itself, not its logarithm. Slider positions give rates rounded to three significant digits (0.1 is exactly 0.1).
 */
class LogSlider extends AbstractCompositeField<Div, LogSlider, Double> {

    static final double MIN_EXPONENT = -5;
    static final double MAX_EXPONENT = 1;
    /** Slider resolution: a fiftieth of a decade. */
    static final double STEP = 0.02;
    /** Pause in a drag or in typing before the race is run again. */
    static final int DELAY_MS = 50;

    final RangeInput slider = new RangeInput(ValueChangeMode.TIMEOUT);
    final NumberField exact = new NumberField();
    /** Set while the slider follows the number field, so that it does not round the exact value in turn. */
    private boolean movingSlider;

    LogSlider(String label, double initial) {
        super(initial);
        String id = "gl-lr-" + System.identityHashCode(this);
        slider.setId(id);
        slider.setMin(MIN_EXPONENT);
        slider.setMax(MAX_EXPONENT);
        slider.setStep(STEP);
        slider.setValueChangeTimeout(DELAY_MS);
        slider.addClassName("gl-log-slider");
        slider.setAriaLabel(label);
        slider.addValueChangeListener(e -> {
            if (!movingSlider) {
                exact.setValue(roundToThree(Math.pow(10, e.getValue())));
            }
        });

        exact.setAriaLabel(label);
        exact.setMin(0);
        exact.setMax(Racer.MAX_RATE);
        exact.setStep(1e-6);
        exact.setValueChangeMode(ValueChangeMode.LAZY);
        exact.setValueChangeTimeout(DELAY_MS);
        exact.addClassName("gl-lr-exact");
        exact.addValueChangeListener(e -> {
            Double value = e.getValue();
            if (value != null && value >= 0 && value <= Racer.MAX_RATE) {
                showOnSlider(value);
                setModelValue(value, e.isFromClient());
            }
        });

        NativeLabel caption = new NativeLabel(label);
        caption.setFor(id);
        caption.addClassName("gl-field-caption");
        Div row = new Div(slider, exact);
        row.addClassName("gl-log-slider-row");
        getContent().addClassName("gl-lr");
        getContent().add(caption, row);
        setPresentationValue(initial);
    }

    @Override
    protected void setPresentationValue(Double value) {
        exact.setValue(value);
        showOnSlider(value);
    }

    private void showOnSlider(double value) {
        movingSlider = true;
        try {
            slider.setValue(exponent(value));
        } finally {
            movingSlider = false;
        }
        slider.getElement().setAttribute("aria-valuetext", "α = " + QueryText.number(value));
    }

    /** The slider position of a rate, on the slider's grid and within its ends. */
    static double exponent(double rate) {
        if (!(rate > 0)) {
            return MIN_EXPONENT;
        }
        double e = Math.rint(Math.log10(rate) / STEP) * STEP;
        return Math.clamp(Math.rint(e * 100) / 100, MIN_EXPONENT, MAX_EXPONENT);
    }

    /** 0.0891…→ 0.0891: the rate a slider position stands for. */
    static double roundToThree(double value) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", value));
    }
}
