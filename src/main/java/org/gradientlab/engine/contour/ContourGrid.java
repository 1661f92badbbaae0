package org.gradientlab.engine.contour;

import java.util.function.DoubleBinaryOperator;
import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * A function of two variables sampled on a regular grid: nx points xᵢ = xMin + i·(xMax − xMin)/(nx − 1)
 * by ny points yⱼ likewise, with value f(xᵢ, yⱼ). Values may be non-finite (e.g. log of a negative
 * number); cells touching them are left out of contours.
 */
public final class ContourGrid {

    /** The largest grid accepted, so a request from the browser cannot exhaust memory. */
    public static final int MAX_POINTS = 1_000_000;

    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final int nx;
    private final int ny;
    /** values[j * nx + i] = f(xᵢ, yⱼ). */
    final double[] values;

    private ContourGrid(double xMin, double xMax, double yMin, double yMax, int nx, int ny, double[] values) {
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.nx = nx;
        this.ny = ny;
        this.values = values;
    }

    /**
     * Samples {@code f} on the grid.
     *
     * @throws ContourException for fewer than 2 or more than {@link #MAX_POINTS} points, or an empty or
     *     non-finite range
     */
    public static ContourGrid sample(
            DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax, int nx, int ny) {
        checkRange("x", xMin, xMax);
        checkRange("y", yMin, yMax);
        if (nx < 2 || ny < 2) {
            throw new ContourException(ContourMessage.GRID_TOO_SMALL, nx, ny);
        }
        if ((long) nx * ny > MAX_POINTS) {
            throw new ContourException(ContourMessage.GRID_TOO_LARGE, MAX_POINTS, nx, ny);
        }
        ContourGrid grid = new ContourGrid(xMin, xMax, yMin, yMax, nx, ny, new double[nx * ny]);
        for (int j = 0; j < ny; j++) {
            double y = grid.y(j);
            for (int i = 0; i < nx; i++) {
                grid.values[j * nx + i] = f.applyAsDouble(grid.x(i), y);
            }
        }
        return grid;
    }

    /**
     * Samples a function of two variables on the grid.
     *
     * @throws ContourException if {@code f} does not have dimension 2, or as {@link #sample(DoubleBinaryOperator,
     *     double, double, double, double, int, int)}
     */
    public static ContourGrid sample(
            DifferentiableFunction f, double xMin, double xMax, double yMin, double yMax, int nx, int ny) {
        if (f.dimension() != 2) {
            throw new ContourException(ContourMessage.NOT_TWO_DIMENSIONAL, f.dimension());
        }
        double[] point = new double[2];
        return sample(
                (x, y) -> {
                    point[0] = x;
                    point[1] = y;
                    return f.value(point);
                },
                xMin,
                xMax,
                yMin,
                yMax,
                nx,
                ny);
    }

    private static void checkRange(String axis, double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new ContourException(ContourMessage.EMPTY_RANGE, axis, min, max);
        }
    }

    /** The number of points along x. */
    public int nx() {
        return nx;
    }

    /** The number of points along y. */
    public int ny() {
        return ny;
    }

    /** xᵢ; the last point is xMax exactly. */
    public double x(int i) {
        return i == nx - 1 ? xMax : xMin + i * ((xMax - xMin) / (nx - 1));
    }

    /** yⱼ; the last point is yMax exactly. */
    public double y(int j) {
        return j == ny - 1 ? yMax : yMin + j * ((yMax - yMin) / (ny - 1));
    }

    /** f(xᵢ, yⱼ). */
    public double value(int i, int j) {
        return values[j * nx + i];
    }

    /** The grid spacing along x. */
    public double dx() {
        return (xMax - xMin) / (nx - 1);
    }

    /** The grid spacing along y. */
    public double dy() {
        return (yMax - yMin) / (ny - 1);
    }
}
