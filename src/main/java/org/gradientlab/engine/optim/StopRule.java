package org.gradientlab.engine.optim;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * When a run stops early: a step budget, optionally f(x_k) &lt; threshold and optionally
 * ‖x_k − x*‖ &lt; tolerance. The rules are checked at every point of the run, including the start (so a
 * start that already satisfies one stops after 0 updates); divergence is always checked by the
 * {@link Runner}. Immutable: the {@code when…} methods return a new rule.
 */
public final class StopRule {

    private final int maxSteps;
    private final double fBelow;
    private final double distanceBelow;
    private final double[] minimiser;

    private StopRule(int maxSteps, double fBelow, double distanceBelow, double[] minimiser) {
        if (maxSteps < 0) {
            throw new OptimException(OptimMessage.MAX_STEPS_INVALID, maxSteps);
        }
        this.maxSteps = maxSteps;
        this.fBelow = fBelow;
        this.distanceBelow = distanceBelow;
        this.minimiser = minimiser;
    }

    /** Stop after {@code maxSteps} updates at the latest. */
    public static StopRule steps(int maxSteps) {
        return new StopRule(maxSteps, Double.NaN, Double.NaN, null);
    }

    /** Also stop as soon as f(x_k) &lt; {@code threshold}. */
    public StopRule whenBelow(double threshold) {
        if (!Double.isFinite(threshold)) {
            throw new OptimException(OptimMessage.THRESHOLD_INVALID, threshold);
        }
        return new StopRule(maxSteps, threshold, distanceBelow, minimiser);
    }

    /** Also stop as soon as ‖x_k − {@code target}‖ &lt; {@code tolerance}. */
    public StopRule whenWithin(double tolerance, double[] target) {
        if (!(Double.isFinite(tolerance) && tolerance > 0)) {
            throw new OptimException(OptimMessage.DISTANCE_INVALID, tolerance);
        }
        return new StopRule(maxSteps, fBelow, tolerance, target.clone());
    }

    /** The step budget. */
    public int maxSteps() {
        return maxSteps;
    }

    /** The loss threshold, if any. */
    public OptionalDouble fBelow() {
        return Double.isNaN(fBelow) ? OptionalDouble.empty() : OptionalDouble.of(fBelow);
    }

    /** The distance tolerance, if any. */
    public OptionalDouble distanceBelow() {
        return Double.isNaN(distanceBelow) ? OptionalDouble.empty() : OptionalDouble.of(distanceBelow);
    }

    /** The point the distance is measured to, if any. */
    public Optional<double[]> minimiser() {
        return Optional.ofNullable(minimiser).map(double[]::clone);
    }

    int minimiserDimension() {
        return minimiser == null ? -1 : minimiser.length;
    }

    /** The early-stop reason met at point x with value f after k updates, or null to go on. */
    StopReason check(int k, double[] x, double f) {
        if (f < fBelow) {
            return StopReason.THRESHOLD;
        }
        if (minimiser != null && distance(x) < distanceBelow) {
            return StopReason.DISTANCE;
        }
        return k >= maxSteps ? StopReason.STEPS : null;
    }

    private double distance(double[] x) {
        double squares = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - minimiser[i];
            squares += d * d;
        }
        return Math.sqrt(squares);
    }
}
