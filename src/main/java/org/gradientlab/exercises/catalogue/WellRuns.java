package org.gradientlab.exercises.catalogue;

import org.gradientlab.engine.landscape.CriticalPoint;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.optim.MomentumForm;
import org.gradientlab.engine.optim.Optimizers;
import org.gradientlab.engine.optim.Outcome;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.StopRule;

/**
 * The engine's runs on a double well for the local-minima exercise: gradient descent and EMA-form momentum
 * (v ← βv + (1 − β)g, x ← x − αv, as in the course material) from x0 for a few steps, and momentum continued long
 * enough to settle in a minimum.
 *
 * @param well      the landscape, with its stationary points
 * @param x0        the start
 * @param alpha     the learning rate
 * @param beta      the momentum coefficient
 * @param steps     the number of updates of the short runs
 * @param gd        gradient descent, {@code steps} updates
 * @param momentum  momentum, {@code steps} updates
 * @param settled   momentum after {@link #LONG} updates
 */
record WellRuns(
        Landscape well,
        double x0,
        double alpha,
        double beta,
        int steps,
        RunResult gd,
        RunResult momentum,
        RunResult settled) {

    /** Updates after which a momentum run on a double well has settled. */
    static final int LONG = 5000;
    /** A settled run ends this close to a minimiser. */
    private static final double SETTLED = 1e-6;

    static WellRuns of(Landscape well, double x0, double alpha, double beta, int steps) {
        double[] start = {x0};
        RunResult gd =
                Runner.run(Optimizers.gradientDescent(alpha), well, start, StopRule.steps(steps), well.minimumValue());
        RunResult momentum = Runner.run(
                Optimizers.momentum(alpha, beta, MomentumForm.EMA),
                well,
                start,
                StopRule.steps(steps),
                well.minimumValue());
        RunResult settled = Runner.run(
                Optimizers.momentum(alpha, beta, MomentumForm.EMA),
                well,
                start,
                StopRule.steps(LONG),
                well.minimumValue());
        return new WellRuns(well, x0, alpha, beta, steps, gd, momentum, settled);
    }

    /** The stationary point of this kind. */
    double point(CriticalPoint.Kind kind) {
        return well.criticalPoints().stream()
                .filter(p -> p.kind() == kind)
                .findFirst()
                .orElseThrow()
                .point()[0];
    }

    /** Whether the long momentum run ends in the global minimum (else in the local one). */
    boolean settlesGlobally() {
        return settled.outcome() == Outcome.CONVERGED;
    }

    /**
     * Whether the runs make a fair exercise: nothing diverges, the long run has settled in a minimum, and the start
     * is not so close to the local maximum that the basin is a matter of rounding.
     */
    boolean fair() {
        double end = settled.finalPoint()[0];
        boolean inMinimum = Math.abs(end - point(CriticalPoint.Kind.GLOBAL_MINIMUM)) < SETTLED
                || Math.abs(end - point(CriticalPoint.Kind.LOCAL_MINIMUM)) < SETTLED;
        return gd.outcome() != Outcome.DIVERGED
                && momentum.outcome() != Outcome.DIVERGED
                && inMinimum
                && Math.abs(x0 - point(CriticalPoint.Kind.LOCAL_MAXIMUM)) > 0.25;
    }
}
