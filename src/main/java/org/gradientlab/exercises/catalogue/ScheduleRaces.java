package org.gradientlab.exercises.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopReason;
import org.gradientlab.engine.optim.StopRule;

/**
 * The schedules a student chooses from in the lr-schedules exercise, scaled to a run of {@code steps} updates, and
 * the engine's runs that find a model answer and the wrong answers for the self-test.
 */
final class ScheduleRaces {

    private ScheduleRaces() {}

    /** constant; step (halve every steps/3); exponential (d with d^steps = 0.05); cosine over the run; warm-up then cosine. */
    static Map<String, Schedule> offered(int steps) {
        Map<String, Schedule> out = new LinkedHashMap<>();
        out.put("constant", Schedule.constant());
        out.put("step", Schedule.step(0.5, Math.max(1, steps / 3)));
        out.put("exponential", Schedule.exponential(Math.pow(0.05, 1.0 / steps)));
        out.put("cosine", Schedule.cosine(steps));
        out.put("warmup-cosine", Schedule.warmupCosine(Math.max(1, steps / 20), steps));
        return out;
    }

    /** Whether the run reaches f &lt; target within the steps. */
    static boolean reaches(
            OptimizerSpec spec, Schedule schedule, Landscape f, double[] start, int steps, double target) {
        return run(spec, schedule, f, start, steps, target).reason() == StopReason.THRESHOLD;
    }

    static RunResult run(OptimizerSpec spec, Schedule schedule, Landscape f, double[] start, int steps, double target) {
        return Runner.run(spec, schedule, f, start, StopRule.steps(steps).whenBelow(target), f.minimumValue());
    }

    /** A (schedule, learning rate) pair. */
    record Choice(String schedule, double lr) {}

    /** The first pair, in the order given, whose run reaches the target; null if none does. */
    static Choice first(
            List<String> schedules,
            double[] rates,
            java.util.function.DoubleFunction<OptimizerSpec> spec,
            Landscape f,
            double[] start,
            int steps,
            double target) {
        Map<String, Schedule> offered = offered(steps);
        for (String name : schedules) {
            for (double lr : rates) {
                if (reaches(spec.apply(lr), offered.get(name), f, start, steps, target)) {
                    return new Choice(name, lr);
                }
            }
        }
        return null;
    }
}
