package org.gradientlab.exercises;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gradientlab.engine.optim.Schedule;

/**
 * Settings the student chooses (a learning rate, β, a schedule, how many steps or epochs …), judged by running
 * the engine with them: the {@code method}'s optimizer, its hyperparameters taken from {@code fixed} and from the
 * answer, minimises the {@code problem} for the chosen number of updates (or epochs), and the run must meet the
 * {@code goal}. A run that diverges fails; more updates than a {@link Setting.Kind#LENGTH} setting allows is over
 * budget.
 *
 * @param problem   what is minimised, and from where
 * @param method    the optimizer
 * @param fixed     hyperparameters the exercise sets (e.g. {@code lr} when the student chooses β)
 * @param settings  what the answer gives, in display order; every hyperparameter of the method is in
 *                  {@code fixed} or here
 * @param schedules the learning-rate schedules a {@link Setting.Kind#SCHEDULE} setting chooses from, by id
 * @param length    the number of updates (epochs for a network) when no setting gives it
 * @param goal      what the run must achieve
 */
public record ExperimentCheck(
        Problem problem,
        OptimizerRule method,
        Map<String, Double> fixed,
        List<Setting> settings,
        Map<String, Schedule> schedules,
        int length,
        Goal goal)
        implements Check {

    /** What is minimised. */
    public sealed interface Problem {
        /** A landscape of the engine's catalogue (by id) from a start point. */
        record OnLandscape(String landscape, List<Double> start) implements Problem {
            public OnLandscape {
                start = List.copyOf(start);
            }
        }

        /** The mean squared error of the line y = w·x + b on these points, from (w, b) = {@code start}; full batch. */
        record OnRegression(List<Double> x, List<Double> y, List<Double> start) implements Problem {
            public OnRegression {
                x = List.copyOf(x);
                y = List.copyOf(y);
                start = List.copyOf(start);
                if (x.size() != y.size() || x.isEmpty() || start.size() != 2) {
                    throw new IllegalArgumentException("a regression needs matching x and y and a start (w, b)");
                }
            }
        }

        /**
         * The binary cross-entropy of a network with these layer sizes (input first, 1 last) on {@code samples}
         * points labelled by the credit rule, {@code trainSize} of them for training in mini-batches of
         * {@code batchSize}; data, split, initial weights and batch order all come from {@code seed}.
         */
        record OnNetwork(List<Integer> layers, long seed, int samples, int trainSize, int batchSize)
                implements Problem {
            public OnNetwork {
                layers = List.copyOf(layers);
            }
        }
    }

    /** What a run must achieve. */
    public sealed interface Goal {
        /** The loss falls below {@code loss} within the run (for a network: the validation loss at the end). */
        record Below(double loss) implements Goal {}

        /** The run ends within {@code distance} of {@code point}. */
        record Near(List<Double> point, double distance) implements Goal {
            public Near {
                point = List.copyOf(point);
            }
        }

        /**
         * The run ends lower than the same problem run for as long with {@code method} and these hyperparameters
         * at a constant rate.
         */
        record Beat(OptimizerRule method, Map<String, Double> hyperparameters) implements Goal {
            public Beat {
                hyperparameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hyperparameters));
            }
        }

        /** A network's validation accuracy after the last epoch is at least {@code accuracy}. */
        record Accuracy(double accuracy) implements Goal {}
    }

    /**
     * One value of the answer.
     *
     * @param name          its key in the answer ({@code lr}, {@code beta}, {@code epochs}, {@code schedule})
     * @param kind          what it is
     * @param low           the smallest allowed number (numbers and lengths)
     * @param high          the largest allowed number; for a length, the budget
     * @param highExclusive whether {@code high} itself is refused (β &lt; 1)
     */
    public record Setting(String name, Kind kind, double low, double high, boolean highExclusive) {

        /** The kinds of setting. */
        public enum Kind {
            /** A hyperparameter of the method. */
            NUMBER,
            /** The number of updates (epochs for a network), a whole number; above {@code high} is over budget. */
            LENGTH,
            /** The id of one of the check's schedules. */
            SCHEDULE
        }

        /** A hyperparameter in [low, high]. */
        public static Setting number(String name, double low, double high) {
            return new Setting(name, Kind.NUMBER, low, high, false);
        }

        /** A hyperparameter in [low, high). */
        public static Setting below(String name, double low, double high) {
            return new Setting(name, Kind.NUMBER, low, high, true);
        }

        /** The number of updates or epochs, at most {@code budget}. */
        public static Setting length(String name, int budget) {
            return new Setting(name, Kind.LENGTH, 1, budget, false);
        }

        /** The schedule, one of the check's. */
        public static Setting schedule(String name) {
            return new Setting(name, Kind.SCHEDULE, 0, 0, false);
        }
    }

    public ExperimentCheck {
        fixed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        settings = List.copyOf(settings);
        schedules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(schedules));
        Set<String> given = new HashSet<>(fixed.keySet());
        settings.stream().filter(s -> s.kind() == Setting.Kind.NUMBER).forEach(s -> given.add(s.name()));
        if (!given.equals(new HashSet<>(method.hyperparameters()))) {
            throw new IllegalArgumentException("the hyperparameters " + given + " are not those of " + method);
        }
        if (settings.stream().anyMatch(s -> s.kind() == Setting.Kind.SCHEDULE) == schedules.isEmpty()) {
            throw new IllegalArgumentException("schedules go with a schedule setting, and only with one");
        }
        if (length < 1) {
            throw new IllegalArgumentException("a run needs at least one update");
        }
        boolean suits = problem instanceof Problem.OnNetwork
                ? goal instanceof Goal.Accuracy || goal instanceof Goal.Below
                : !(goal instanceof Goal.Accuracy);
        if (!suits) {
            throw new IllegalArgumentException(
                    "a network is judged by its accuracy or loss, other problems by loss, " + "distance or a race");
        }
    }

    /** The setting names, in display order. */
    public List<String> keys() {
        return settings.stream().map(Setting::name).toList();
    }

    @Override
    public AnswerType answerType() {
        return AnswerType.SETTINGS;
    }
}
