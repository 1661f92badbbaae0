package org.gradientlab.engine.optim;

import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * Limited-memory BFGS with a backtracking line search. The direction is d = −H∇f, where H applies
 * the last m curvature pairs (s = x_{k+1} − x_k, y = ∇f_{k+1} − ∇f_k) by the two-loop recursion with
 * the initial scaling γ = sᵀy/yᵀy; a pair is kept only when sᵀy > 1e-10, which keeps H positive
 * definite. The step length starts at α_k (α_k·min(1, 1/‖∇f‖₁) while no pair is stored, as PyTorch's
 * first L-BFGS step) and is halved until the Armijo condition f(x + t·d) ≤ f(x) + 1e-4·t·∇fᵀd holds
 * (at most 50 halvings; if none is accepted the point stays put).
 */
final class LbfgsOptimizer extends ScheduledOptimizer {

    private static final double ARMIJO = 1e-4;
    private static final double MIN_CURVATURE = 1e-10;
    private static final int MAX_HALVINGS = 50;

    private final int memory;
    private double[][] s;
    private double[][] y;
    private double[] rho;
    private double[] alpha;
    private int pairs;
    private int newest = -1;
    private boolean hasPrevious;
    private double[] previousX;
    private double[] previousG;
    private double[] direction;
    private double[] trial;
    private double valueAtX;
    private double stepLength;

    LbfgsOptimizer(double learningRate, int memory, Schedule schedule) {
        super(learningRate, schedule);
        if (memory < 1) {
            throw new OptimException(OptimMessage.MEMORY_INVALID, memory);
        }
        this.memory = memory;
    }

    @Override
    void allocate(int n) {
        s = new double[memory][n];
        y = new double[memory][n];
        rho = new double[memory];
        alpha = new double[memory];
        previousX = new double[n];
        previousG = new double[n];
        direction = new double[n];
        trial = new double[n];
    }

    @Override
    double evaluate(double[] x, DifferentiableFunction objective, double[] g) {
        valueAtX = objective.valueAndGradient(x, g);
        return valueAtX;
    }

    @Override
    void apply(double[] x, double[] g, double rate, int t, DifferentiableFunction objective) {
        if (hasPrevious) {
            storePair(x, g);
        }
        computeDirection(g);
        double slope = dot(g, direction);
        if (!(slope < 0)) {
            // Not a descent direction (round-off in H): forget the curvature and fall back to −∇f.
            pairs = 0;
            computeDirection(g);
            slope = dot(g, direction);
        }
        double start = pairs == 0 ? rate * Math.min(1, 1 / norm1(g)) : rate;
        stepLength = backtrack(x, objective, start, slope);
        System.arraycopy(x, 0, previousX, 0, x.length);
        System.arraycopy(g, 0, previousG, 0, x.length);
        hasPrevious = true;
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i] + stepLength * direction[i];
        }
    }

    private void storePair(double[] x, double[] g) {
        int slot = (newest + 1) % memory;
        double sy = 0;
        for (int i = 0; i < x.length; i++) {
            s[slot][i] = x[i] - previousX[i];
            y[slot][i] = g[i] - previousG[i];
            sy += s[slot][i] * y[slot][i];
        }
        if (sy > MIN_CURVATURE) {
            rho[slot] = 1 / sy;
            newest = slot;
            pairs = Math.min(pairs + 1, memory);
        }
    }

    /** The two-loop recursion: direction = −H·g. */
    private void computeDirection(double[] g) {
        int n = g.length;
        for (int i = 0; i < n; i++) {
            direction[i] = -g[i];
        }
        for (int j = 0; j < pairs; j++) {
            int slot = slot(j);
            alpha[slot] = rho[slot] * dot(s[slot], direction);
            for (int i = 0; i < n; i++) {
                direction[i] -= alpha[slot] * y[slot][i];
            }
        }
        if (pairs > 0) {
            double gamma = 1 / (rho[newest] * dot(y[newest], y[newest]));
            for (int i = 0; i < n; i++) {
                direction[i] *= gamma;
            }
        }
        for (int j = pairs - 1; j >= 0; j--) {
            int slot = slot(j);
            double b = rho[slot] * dot(y[slot], direction);
            for (int i = 0; i < n; i++) {
                direction[i] += (alpha[slot] - b) * s[slot][i];
            }
        }
    }

    /** The ring-buffer slot of the j-th newest pair (j = 0 is the newest). */
    private int slot(int j) {
        return Math.floorMod(newest - j, memory);
    }

    private double backtrack(double[] x, DifferentiableFunction objective, double start, double slope) {
        double length = start;
        for (int halving = 0; halving <= MAX_HALVINGS; halving++) {
            for (int i = 0; i < x.length; i++) {
                trial[i] = x[i] + length * direction[i];
            }
            // Written so that a NaN trial value fails the test and the step keeps shrinking.
            if (objective.value(trial) <= valueAtX + ARMIJO * length * slope) {
                return length;
            }
            length *= 0.5;
        }
        return 0;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double norm1(double[] a) {
        double sum = 0;
        for (double value : a) {
            sum += Math.abs(value);
        }
        return sum;
    }

    @Override
    OptimizerState snapshot(int t, double rate, double[] gradient, double[] update) {
        return new OptimizerState.Lbfgs(t, rate, pairs, stepLength, direction, gradient, update);
    }
}
