package org.gradientlab.engine.optim;

import java.util.Arrays;
import java.util.Objects;

/**
 * The points of a run and their losses: point(k) is the point after k updates (point(0) is the start)
 * and loss(k) = f(point(k)). For PyTorch-form Nesterov the points are the parameter as PyTorch holds
 * it. Immutable; stored flat so that recording a step costs no allocation.
 */
public final class Trajectory {

    private final int dimension;
    private final double[] coordinates;
    private final double[] losses;

    Trajectory(int dimension, double[] coordinates, double[] losses) {
        this.dimension = dimension;
        this.coordinates = coordinates;
        this.losses = losses;
    }

    /** The number of points (updates applied + 1). */
    public int size() {
        return losses.length;
    }

    /** The number of variables. */
    public int dimension() {
        return dimension;
    }

    /** The point after k updates. */
    public double[] point(int k) {
        Objects.checkIndex(k, size());
        return Arrays.copyOfRange(coordinates, k * dimension, (k + 1) * dimension);
    }

    /** Coordinate i of the point after k updates. */
    public double coordinate(int k, int i) {
        Objects.checkIndex(k, size());
        Objects.checkIndex(i, dimension);
        return coordinates[k * dimension + i];
    }

    /** f at the point after k updates. */
    public double loss(int k) {
        return losses[k];
    }

    /** The last point. */
    public double[] last() {
        return point(size() - 1);
    }

    /** All points, rows in order. */
    public double[][] points() {
        double[][] rows = new double[size()][];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = point(k);
        }
        return rows;
    }

    /** All losses, in order. */
    public double[] losses() {
        return losses.clone();
    }
}
