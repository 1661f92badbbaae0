package org.gradientlab.grading;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gradientlab.exercises.Tolerance;

/**
 * The values of named quantities (x, m, v …) after each update of a run: {@code values.get(name)[k][i]} is
 * coordinate i after update k + 1.
 *
 * @param values name → [update][coordinate], in recording order
 */
record RuleTrace(Map<String, double[][]> values) {

    /**
     * Where two runs first part: after update {@code step} (1-based), coordinate {@code coordinate} (0-based) of
     * {@code variable}.
     */
    record Difference(int step, String variable, int coordinate, double expected, double got) {}

    RuleTrace {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Whether this run recorded {@code name}. */
    boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * The first update after which {@code got} departs from this (expected) run in one of {@code names}, checked
     * in the order given at each update; non-finite values never agree.
     */
    Optional<Difference> firstDifference(RuleTrace got, List<String> names, Tolerance tolerance) {
        int steps = values.values().iterator().next().length;
        for (int k = 0; k < steps; k++) {
            for (String name : names) {
                double[] e = values.get(name)[k];
                double[] s = got.values().get(name)[k];
                for (int i = 0; i < e.length; i++) {
                    if (!tolerance.accepts(s[i], e[i])) {
                        return Optional.of(new Difference(k + 1, name, i, e[i], s[i]));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code other} agrees with this run in every one of {@code names} at every update. */
    boolean agrees(RuleTrace other, Collection<String> names, Tolerance tolerance) {
        return firstDifference(other, List.copyOf(names), tolerance).isEmpty();
    }

    /**
     * Whether {@code other} behaves like this run in every one of {@code names}: as {@link #agrees}, except that
     * values which are both NaN, or the same infinity, count as alike (two runs of the same mistaken rule break
     * down at the same place).
     */
    boolean resembles(RuleTrace other, Collection<String> names, Tolerance tolerance) {
        for (String name : names) {
            double[][] e = values.get(name);
            double[][] s = other.values().get(name);
            for (int k = 0; k < e.length; k++) {
                for (int i = 0; i < e[k].length; i++) {
                    boolean alike = tolerance.accepts(s[k][i], e[k][i])
                            || (!Double.isFinite(e[k][i]) && Double.compare(s[k][i], e[k][i]) == 0);
                    if (!alike) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
