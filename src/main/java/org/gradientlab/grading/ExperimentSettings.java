package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.exercises.ExperimentCheck;
import org.gradientlab.exercises.ExperimentCheck.Setting;

/**
 * The settings of an experiment answer as read: the hyperparameters (the check's fixed ones plus the answer's),
 * the schedule and the number of updates (or epochs).
 *
 * @param hyperparameters every hyperparameter of the method, by name
 * @param schedule        the chosen schedule, or the constant one
 * @param length          the updates or epochs asked for (possibly over budget)
 * @param text            the answer as "name = value, …", for messages
 */
record ExperimentSettings(Map<String, Double> hyperparameters, Schedule schedule, long length, String text) {

    /** Lengths beyond this are read as "more than any budget" and never run. */
    private static final long LARGEST = 1_000_000_000L;

    static Reading<ExperimentSettings> read(ExperimentCheck check, Map<String, String> values) {
        List<Message> problems = new ArrayList<>();
        for (String key : values.keySet()) {
            if (!check.keys().contains(key)) {
                problems.add(MessageKey.UNKNOWN_SETTING.with(key, String.join(", ", check.keys())));
            }
        }
        Map<String, Double> hyperparameters = new LinkedHashMap<>(check.fixed());
        Schedule schedule = Schedule.constant();
        long length = check.length();
        StringJoiner text = new StringJoiner(", ");
        StringJoiner latex = new StringJoiner(",\\ ");
        for (Setting s : check.settings()) {
            String raw = values.get(s.name());
            if (raw == null || raw.isBlank()) {
                problems.add(MessageKey.MISSING_SETTING.with(s.name()));
                continue;
            }
            if (s.kind() == Setting.Kind.SCHEDULE) {
                String id = raw.strip();
                Schedule chosen = check.schedules().get(id);
                if (chosen == null) {
                    problems.add(MessageKey.SETTING_OUT_OF_RANGE.with(
                            s.name(),
                            "one of " + String.join(", ", check.schedules().keySet()),
                            id));
                    continue;
                }
                schedule = chosen;
                text.add(s.name() + " = " + id);
                latex.add("\\text{" + s.name() + "} = \\text{" + id + "}");
                continue;
            }
            double v = number(s.name(), raw, problems);
            if (Double.isNaN(v)) {
                continue;
            }
            if (s.kind() == Setting.Kind.LENGTH) {
                if (v < 1 || v != Math.rint(v)) {
                    problems.add(MessageKey.SETTING_OUT_OF_RANGE.with(
                            s.name(), "a whole number of at least 1", Format.number(v)));
                    continue;
                }
                length = (long) Math.min(v, LARGEST);
            } else {
                if (v < s.low() || v > s.high() || (s.highExclusive() && v == s.high())) {
                    problems.add(MessageKey.SETTING_OUT_OF_RANGE.with(s.name(), range(s), Format.number(v)));
                    continue;
                }
                hyperparameters.put(s.name(), v);
            }
            text.add(s.name() + " = " + Format.number(v));
            latex.add(symbol(s.name()) + " = " + Format.number(v));
        }
        if (!problems.isEmpty()) {
            return new Reading.Unreadable<>(problems, List.of(), null);
        }
        return new Reading.Readable<>(
                new ExperimentSettings(hyperparameters, schedule, length, text.toString()),
                new Interpretation(text.toString(), latex.toString()));
    }

    private static double number(String name, String text, List<Message> problems) {
        return switch (NumberReader.number(text)) {
            case Reading.Readable<NumberReader.Value> r -> r.value().value();
            case Reading.Unreadable<NumberReader.Value> u -> {
                u.messages().forEach(m -> problems.add(MessageKey.INVALID_SETTING.with(name, m.text())));
                yield Double.NaN;
            }
        };
    }

    private static String range(Setting s) {
        return "a number with " + Format.number(s.low()) + " ≤ " + s.name() + (s.highExclusive() ? " < " : " ≤ ")
                + Format.number(s.high());
    }

    private static String symbol(String name) {
        return switch (name) {
            case "lr" -> "\\alpha";
            case "beta" -> "\\beta";
            case "beta1" -> "\\beta_1";
            case "beta2" -> "\\beta_2";
            case "rho" -> "\\rho";
            case "eps" -> "\\varepsilon";
            default -> "\\text{" + name + "}";
        };
    }
}
