package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.ParameterProblem.Key;

/**
 * Reads instructors' parameter overrides (numbers, points, lists of numbers) with the engine's expression
 * parser, so {@code -0.5}, {@code 1e-3} and {@code 2/20} all work; anything else is a keyed
 * {@link ParameterException}.
 */
final class ParameterValues {

    private ParameterValues() {}

    /** Refuses override names the exercise does not declare. */
    static void requireKnown(Map<String, String> overrides, List<String> names) {
        List<ParameterProblem> problems = new ArrayList<>();
        overrides.keySet().stream()
                .filter(k -> !names.contains(k))
                .forEach(k -> problems.add(ParameterProblem.of(k, Key.UNKNOWN_PARAMETER, k)));
        if (!problems.isEmpty()) {
            throw new ParameterException(problems);
        }
    }

    /** A finite number. */
    static double number(String parameter, String text) {
        ParseResult r = Expression.tryParse(text, Variables.of());
        if (r instanceof ParseResult.Success s) {
            double v = s.expression().evaluate();
            if (Double.isFinite(v)) {
                return v;
            }
        }
        throw new ParameterException(ParameterProblem.of(parameter, Key.NOT_A_NUMBER, text));
    }

    /** A number in [low, high]. */
    static double number(String parameter, String text, double low, double high) {
        double v = number(parameter, text);
        if (v < low || v > high) {
            throw new ParameterException(ParameterProblem.of(parameter, Key.OUT_OF_RANGE, parameter, low, high));
        }
        return v;
    }

    /** A whole number in [low, high]. */
    static int whole(String parameter, String text, int low, int high) {
        double v = number(parameter, text, low, high);
        if (v != Math.rint(v)) {
            throw new ParameterException(ParameterProblem.of(parameter, Key.NOT_A_NUMBER, text));
        }
        return (int) v;
    }

    /** Comma-separated numbers, as many as there are. */
    static double[] numbers(String parameter, String text) {
        if (text.isBlank()) {
            return new double[0];
        }
        String[] parts = text.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isBlank()) {
                throw new ParameterException(ParameterProblem.of(parameter, Key.NOT_A_POINT, text));
            }
            out[i] = number(parameter, parts[i].strip());
        }
        return out;
    }

    /** A point with exactly {@code dimension} comma-separated coordinates. */
    static double[] point(String parameter, String text, int dimension) {
        double[] p = numbers(parameter, text);
        if (p.length != dimension) {
            throw new ParameterException(
                    ParameterProblem.of(parameter, Key.WRONG_DIMENSION, text, p.length, dimension));
        }
        return p;
    }

    /** A number written back for parameters and prompts: integers without ".0". */
    static String text(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
