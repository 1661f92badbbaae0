package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.RunCheck;

/**
 * Optimizer settings read from a settings answer ({@code lr}, {@code steps}), and the engine run they ask for.
 *
 * @param lr    the learning rate, positive and finite
 * @param steps the steps to run, at least 1 (possibly beyond the budget)
 */
record RunSettings(double lr, long steps) {

    /** Steps beyond this are read as "more than any budget" without being run. */
    private static final long LARGEST = 1_000_000_000L;

    static Reading<RunSettings> read(Map<String, String> values) {
        List<Message> problems = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (String key : values.keySet()) {
            if (!RunCheck.KEYS.contains(key)) {
                problems.add(MessageKey.UNKNOWN_SETTING.with(key, String.join(", ", RunCheck.KEYS)));
            }
        }
        double lr = Double.NaN;
        double steps = Double.NaN;
        if (!values.containsKey("lr")) {
            problems.add(MessageKey.MISSING_SETTING.with("lr"));
        } else {
            lr = number("lr", values.get("lr"), problems, notes);
            if (Double.isFinite(lr) && !(lr > 0)) {
                problems.add(MessageKey.SETTING_OUT_OF_RANGE.with("lr", "a positive number", Format.number(lr)));
            }
        }
        if (!values.containsKey("steps")) {
            problems.add(MessageKey.MISSING_SETTING.with("steps"));
        } else {
            steps = number("steps", values.get("steps"), problems, notes);
            if (Double.isFinite(steps) && (steps < 1 || steps != Math.rint(steps))) {
                problems.add(MessageKey.SETTING_OUT_OF_RANGE.with(
                        "steps", "a whole number of at least 1", Format.number(steps)));
            }
        }
        if (!problems.isEmpty()) {
            return new Reading.Unreadable<>(problems, notes, null);
        }
        RunSettings s = new RunSettings(lr, (long) Math.min(steps, LARGEST));
        return new Reading.Readable<>(
                s,
                new Interpretation(
                        "lr = " + Format.number(lr) + ", steps = " + s.steps,
                        "\\alpha = " + Format.number(lr) + ",\\ \\text{steps} = " + s.steps));
    }

    private static double number(String key, String text, List<Message> problems, List<Note> notes) {
        return switch (NumberReader.number(text)) {
            case Reading.Readable<NumberReader.Value> r -> r.value().value();
            case Reading.Unreadable<NumberReader.Value> u -> {
                u.messages().forEach(m -> problems.add(MessageKey.INVALID_SETTING.with(key, m.text())));
                notes.addAll(u.notes());
                yield Double.NaN;
            }
        };
    }

    /** The learning rate of a settings answer, when it has a readable one. */
    static OptionalDouble learningRate(Map<String, String> values) {
        if (!values.containsKey("lr")) {
            return OptionalDouble.empty();
        }
        return switch (NumberReader.number(values.get("lr"))) {
            case Reading.Readable<NumberReader.Value> r
            when r.value().value() > 0 -> OptionalDouble.of(r.value().value());
            default -> OptionalDouble.empty();
        };
    }

    /** The engine's run of the check's method with learning rate {@code lr} for at most {@code steps} steps. */
    static RunResult run(RunCheck check, double lr, int steps) {
        Landscape landscape = Landscapes.byId(check.landscape())
                .orElseThrow(() -> new IllegalStateException("no landscape " + check.landscape()));
        double[] start = check.start().stream().mapToDouble(Double::doubleValue).toArray();
        return Runner.run(
                check.method().spec(lr),
                Schedule.constant(),
                landscape,
                start,
                StopRule.steps(steps).whenBelow(check.target()),
                landscape.minimumValue());
    }
}
