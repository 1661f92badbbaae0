package org.gradientlab.ui.playground;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.gradientlab.engine.optim.OptimException;
import org.gradientlab.engine.optim.RunResult;

/**
 * The playground's words for racers and results, in the visitor's language: a racer's name says its method and,
 * for momentum and Nesterov, which form (the course material uses several conventions under one name); numbers
 * are written the way mathematics writes them, with a decimal point in every language.
 */
final class Texts {

    private Texts() {}

    /** "Momentum (heavy ball, β = 0.9) · α = 0.001 · Cosine". */
    static String racer(Component c, Racer racer) {
        StringBuilder text = new StringBuilder(
                c.getTranslation("playground.method." + racer.method().apiName()));
        switch (racer.method()) {
            case MOMENTUM ->
                text.append(" (")
                        .append(c.getTranslation("playground.momentum-form."
                                + racer.momentumForm().apiName() + ".short"))
                        .append(", β = ")
                        .append(number(racer.beta()))
                        .append(')');
            case NESTEROV ->
                text.append(" (")
                        .append(c.getTranslation("playground.nesterov-form."
                                + racer.nesterovForm().apiName() + ".short"))
                        .append(", β = ")
                        .append(number(racer.beta()))
                        .append(')');
            default -> {}
        }
        text.append(" · α = ").append(number(racer.learningRate()));
        if (racer.schedule().kind() != ScheduleSettings.Kind.CONSTANT) {
            text.append(" · ")
                    .append(c.getTranslation(
                            "playground.schedule." + racer.schedule().kind().apiName()));
        }
        if (racer.clipped()) {
            text.append(" · ").append(c.getTranslation("playground.clipped-at", number(racer.clipNorm())));
        }
        return text.toString();
    }

    /** What became of a run: converged, not yet, stopped below the threshold, diverged at step k, refused. */
    static String outcome(Component c, Lap lap, PlaygroundState state) {
        return switch (lap) {
            case Lap.Refused refused -> c.getTranslation("playground.outcome.refused", refusal(c, refused.problem()));
            case Lap.Finished finished -> finished(c, finished.result(), state);
        };
    }

    private static String finished(Component c, RunResult result, PlaygroundState state) {
        return switch (result.reason()) {
            case DIVERGED -> c.getTranslation("playground.outcome.diverged", Integer.toString(result.step()));
            case THRESHOLD ->
                c.getTranslation(
                        "playground.outcome.threshold",
                        number(state.stopBelow().orElse(Double.NaN)),
                        Integer.toString(result.step()));
            case DISTANCE, STEPS ->
                switch (result.outcome()) {
                    case CONVERGED -> c.getTranslation("playground.outcome.converged");
                    case DIVERGED -> c.getTranslation("playground.outcome.diverged", Integer.toString(result.step()));
                    case UNDECIDED -> c.getTranslation("playground.outcome.undecided", Integer.toString(result.step()));
                };
        };
    }

    /** The engine's reason for refusing settings, translated where the bundle has it. */
    static String refusal(Component c, OptimException problem) {
        String key = "playground.refused." + problem.key().name();
        Object[] args = problem.args().stream()
                .map(a -> a instanceof Double d ? number(d) : String.valueOf(a))
                .toArray();
        String text = c.getTranslation(key, args);
        return text.equals("!" + key) ? problem.getMessage() : text;
    }

    /** A number as mathematics writes it: four significant digits, scientific when very small or large. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e6) {
            return Long.toString((long) value);
        }
        double magnitude = Math.abs(value);
        String text = magnitude >= 1e-3 && magnitude < 1e6
                ? stripZeros(String.format(Locale.ROOT, "%.4g", value))
                : String.format(Locale.ROOT, "%.3e", value)
                        .replaceAll("\\.?0+e", "e")
                        .replace("e+0", "e")
                        .replace("e+", "e")
                        .replace("e-0", "e-");
        return text.replace('-', '−');
    }

    /** A point "(x, y)". */
    static String point(double x, double y) {
        return "(" + number(x) + ", " + number(y) + ")";
    }

    private static String stripZeros(String text) {
        if (!text.contains(".") || text.contains("e")) {
            return text;
        }
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
