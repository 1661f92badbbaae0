package org.gradientlab.engine.optim;

import java.util.Arrays;
import java.util.OptionalDouble;
import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * Runs an optimizer from a start point until a {@link StopRule} or divergence stops it, recording the
 * trajectory and classifying the run (see {@link Outcome}). The loop allocates nothing per update beyond
 * the growth of the trajectory, so thousands of updates fit in a chart refresh. Each update costs the
 * optimizer's own evaluations plus one value of f at the new point for the loss curve.
 */
public final class Runner {

    /** A run diverges when f(x_k) exceeds this many times |f(x_0)| + 1. */
    public static final double DIVERGENCE_FACTOR = 1e6;
    /** A run converges when f(x_k) − f* ≤ this fraction of f(x_0) − f*. */
    public static final double CONVERGENCE_FRACTION = 1e-8;
    /** Where f* is unknown, a run converges when ‖∇f(x_k)‖ is below this. */
    public static final double GRADIENT_TOLERANCE = 1e-10;

    private Runner() {}

    /** Runs a fresh optimizer built from {@code spec} with {@code schedule}; f* known or not. */
    public static RunResult run(
            OptimizerSpec spec,
            Schedule schedule,
            DifferentiableFunction f,
            double[] start,
            StopRule stop,
            OptionalDouble fStar) {
        return run(spec.create(schedule), f, start, stop, fStar);
    }

    /** Runs {@code optimizer} (continuing from its current state) where f* is unknown. */
    public static RunResult run(Optimizer optimizer, DifferentiableFunction f, double[] start, StopRule stop) {
        return run(optimizer, f, start, stop, OptionalDouble.empty());
    }

    /**
     * Runs {@code optimizer} (continuing from its current state) on f from {@code start}; {@code fStar}
     * is the minimum value f*, when known, for the classification.
     */
    public static RunResult run(
            Optimizer optimizer, DifferentiableFunction f, double[] start, StopRule stop, OptionalDouble fStar) {
        int n = f.dimension();
        Check.dimension(n, start.length);
        if (stop.minimiserDimension() >= 0) {
            Check.dimension(n, stop.minimiserDimension());
        }
        double[] x = start.clone();
        int capacity = Math.min(stop.maxSteps(), 1023) + 1;
        double[] points = new double[capacity * n];
        double[] losses = new double[capacity];
        double f0 = f.value(x);
        System.arraycopy(x, 0, points, 0, n);
        losses[0] = f0;
        double limit = DIVERGENCE_FACTOR * (Math.abs(f0) + 1);
        int k = 0;
        StopReason reason;
        while (true) {
            double fk = losses[k];
            if (diverged(fk, x, limit)) {
                reason = StopReason.DIVERGED;
                break;
            }
            reason = stop.check(k, x, fk);
            if (reason != null) {
                break;
            }
            optimizer.step(x, f);
            k++;
            if (k == losses.length) {
                int grown = (int) Math.min((long) losses.length * 2, (long) stop.maxSteps() + 1);
                losses = Arrays.copyOf(losses, grown);
                points = Arrays.copyOf(points, grown * n);
            }
            System.arraycopy(x, 0, points, k * n, n);
            losses[k] = f.value(x);
        }
        Trajectory trajectory = new Trajectory(n, Arrays.copyOf(points, (k + 1) * n), Arrays.copyOf(losses, k + 1));
        return new RunResult(trajectory, reason, k, classify(reason, f, x, f0, losses[k], fStar));
    }

    private static boolean diverged(double f, double[] x, double limit) {
        if (!Double.isFinite(f) || f > limit) {
            return true;
        }
        for (double xi : x) {
            if (!Double.isFinite(xi)) {
                return true;
            }
        }
        return false;
    }

    private static Outcome classify(
            StopReason reason, DifferentiableFunction f, double[] x, double f0, double fk, OptionalDouble fStar) {
        if (reason == StopReason.DIVERGED) {
            return Outcome.DIVERGED;
        }
        if (fStar.isPresent()) {
            double best = fStar.getAsDouble();
            return fk - best <= CONVERGENCE_FRACTION * (f0 - best) ? Outcome.CONVERGED : Outcome.UNDECIDED;
        }
        double[] gradient = new double[x.length];
        f.valueAndGradient(x, gradient);
        double squares = 0;
        for (double g : gradient) {
            squares += g * g;
        }
        return Math.sqrt(squares) < GRADIENT_TOLERANCE ? Outcome.CONVERGED : Outcome.UNDECIDED;
    }
}
