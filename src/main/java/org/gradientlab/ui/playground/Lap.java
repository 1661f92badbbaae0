package org.gradientlab.ui.playground;

import java.util.OptionalDouble;
import org.gradientlab.engine.optim.OptimException;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.StopRule;

/**
 * One racer's run on the function: the engine's result (a diverged run is a result like any other), or the
 * reason its settings were refused before it could start.
 */
sealed interface Lap {

    Racer racer();

    /** The run as the engine recorded it. */
    record Finished(Racer racer, RunResult result) implements Lap {}

    /** Settings the engine refused (e.g. β = 1), with the engine's message key and arguments. */
    record Refused(Racer racer, OptimException problem) implements Lap {}

    /**
     * Runs {@code racer} on a fresh copy of f from (x0, y0) for at most {@code steps} updates, stopping early when f
     * falls below {@code stopBelow}; {@code fStar} (the minimum value, when known) decides "converged".
     */
    static Lap run(
            Racer racer,
            Surface surface,
            double x0,
            double y0,
            int steps,
            OptionalDouble stopBelow,
            OptionalDouble fStar) {
        StopRule stop = StopRule.steps(steps);
        if (stopBelow.isPresent()) {
            stop = stop.whenBelow(stopBelow.getAsDouble());
        }
        try {
            return new Finished(
                    racer, Runner.run(racer.optimizer(), surface.function(), new double[] {x0, y0}, stop, fStar));
        } catch (OptimException e) {
            return new Refused(racer, e);
        }
    }
}
