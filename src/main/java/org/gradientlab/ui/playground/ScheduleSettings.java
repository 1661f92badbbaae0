package org.gradientlab.ui.playground;

import java.util.List;
import java.util.Optional;
import org.gradientlab.engine.optim.Schedule;

/**
 * A racer's learning-rate schedule as the playground edits it: the kind and every parameter any kind has, of
 * which only the kind's own are used ({@link Kind#parameters()}). {@link #toSchedule()} gives the engine's
 * schedule α_k = schedule(α, k).
 */
record ScheduleSettings(Kind kind, double gamma, int every, double decay, int period, int multiplier, int warmup) {

    /** The largest period, step interval or warm-up accepted (far beyond any step budget). */
    static final int MAX_PERIOD = 1_000_000;

    static final ScheduleSettings CONSTANT = new ScheduleSettings(Kind.CONSTANT, 0.5, 100, 0.995, 500, 2, 50);

    /** The parameters of a schedule, with their keys in a link. */
    enum Parameter {
        GAMMA("gamma"),
        EVERY("every"),
        DECAY("decay"),
        PERIOD("period"),
        MULTIPLIER("mult"),
        WARMUP("warmup");

        private final String key;

        Parameter(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }

        /** Whether the value may be used on its own (warm-up ≤ period is checked with both). */
        boolean accepts(double value) {
            return switch (this) {
                case GAMMA, DECAY -> value > 0 && value <= 10;
                case EVERY, PERIOD, MULTIPLIER -> value >= 1 && value <= MAX_PERIOD && value == Math.rint(value);
                case WARMUP -> value >= 0 && value <= MAX_PERIOD && value == Math.rint(value);
            };
        }
    }

    /** The kinds of schedule, with their names in a link and their parameters. */
    enum Kind {
        CONSTANT("constant"),
        STEP("step", Parameter.GAMMA, Parameter.EVERY),
        EXPONENTIAL("exponential", Parameter.DECAY),
        COSINE("cosine", Parameter.PERIOD),
        COSINE_RESTARTS("cosine-restarts", Parameter.PERIOD, Parameter.MULTIPLIER),
        WARMUP_COSINE("warmup-cosine", Parameter.WARMUP, Parameter.PERIOD);

        private final String apiName;
        private final List<Parameter> parameters;

        Kind(String apiName, Parameter... parameters) {
            this.apiName = apiName;
            this.parameters = List.of(parameters);
        }

        String apiName() {
            return apiName;
        }

        List<Parameter> parameters() {
            return parameters;
        }

        static Optional<Kind> fromApiName(String name) {
            for (Kind kind : values()) {
                if (kind.apiName.equals(name)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** This schedule of another kind, keeping every parameter value. */
    ScheduleSettings withKind(Kind newKind) {
        return new ScheduleSettings(newKind, gamma, every, decay, period, multiplier, warmup);
    }

    /** This schedule with one parameter changed. */
    ScheduleSettings with(Parameter parameter, double value) {
        return switch (parameter) {
            case GAMMA -> new ScheduleSettings(kind, value, every, decay, period, multiplier, warmup);
            case EVERY -> new ScheduleSettings(kind, gamma, (int) value, decay, period, multiplier, warmup);
            case DECAY -> new ScheduleSettings(kind, gamma, every, value, period, multiplier, warmup);
            case PERIOD -> new ScheduleSettings(kind, gamma, every, decay, (int) value, multiplier, warmup);
            case MULTIPLIER -> new ScheduleSettings(kind, gamma, every, decay, period, (int) value, warmup);
            case WARMUP -> new ScheduleSettings(kind, gamma, every, decay, period, multiplier, (int) value);
        };
    }

    /** The value of one parameter. */
    double get(Parameter parameter) {
        return switch (parameter) {
            case GAMMA -> gamma;
            case EVERY -> every;
            case DECAY -> decay;
            case PERIOD -> period;
            case MULTIPLIER -> multiplier;
            case WARMUP -> warmup;
        };
    }

    /** The same schedule with the parameters its kind does not use at their defaults. */
    ScheduleSettings canonical() {
        ScheduleSettings result = CONSTANT.withKind(kind);
        for (Parameter parameter : kind.parameters()) {
            result = result.with(parameter, get(parameter));
        }
        return result;
    }

    /**
     * The engine's schedule.
     *
     * @throws org.gradientlab.engine.optim.OptimException when a parameter is out of range
     */
    Schedule toSchedule() {
        return switch (kind) {
            case CONSTANT -> Schedule.constant();
            case STEP -> Schedule.step(gamma, every);
            case EXPONENTIAL -> Schedule.exponential(decay);
            case COSINE -> Schedule.cosine(period);
            case COSINE_RESTARTS -> Schedule.warmRestarts(period, multiplier);
            case WARMUP_COSINE -> Schedule.warmupCosine(warmup, period);
        };
    }
}
