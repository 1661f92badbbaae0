package org.gradientlab.charts;

import java.util.List;

/**
 * A filled background of f sampled on a regular grid over [xMin, xMax] × [yMin, yMax]: {@code values} holds
 * {@code rows} rows of {@code columns} values, row 0 at yMin, column 0 at xMin. Colours run on a sequential ramp
 * from the smallest to the largest finite value; non-finite cells stay transparent. Pass log f for a landscape
 * like Rosenbrock whose values span many decades.
 */
public record Heatmap(double xMin, double xMax, double yMin, double yMax, int columns, int rows, List<Double> values) {

    public Heatmap {
        if (!(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("a heatmap needs xMin < xMax and yMin < yMax");
        }
        if (columns < 1 || rows < 1 || values.size() != columns * rows) {
            throw new IllegalArgumentException("a " + columns + " × " + rows + " heatmap needs " + columns * rows
                    + " values, not " + values.size());
        }
        values = List.copyOf(values);
    }

    /** Samples f at the centres of a columns × rows grid. */
    public static Heatmap sample(
            java.util.function.DoubleBinaryOperator f,
            double xMin,
            double xMax,
            double yMin,
            double yMax,
            int columns,
            int rows) {
        Double[] values = new Double[columns * rows];
        for (int row = 0; row < rows; row++) {
            double y = yMin + (row + 0.5) * (yMax - yMin) / rows;
            for (int column = 0; column < columns; column++) {
                double x = xMin + (column + 0.5) * (xMax - xMin) / columns;
                values[row * columns + column] = f.applyAsDouble(x, y);
            }
        }
        return new Heatmap(xMin, xMax, yMin, yMax, columns, rows, List.of(values));
    }
}
