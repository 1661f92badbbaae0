package org.gradientlab.exercises;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A vector graded entry by entry: each entry, typed as a number or as an expression in the point's variables,
 * is evaluated at {@code point} and compared with the reference entry evaluated there. Partial credit per entry.
 *
 * @param entries   the reference entries, in the engine's syntax
 * @param point     variable → value, in declaration order; the only variables an entry may use
 * @param tolerance how close an entry's value must be
 */
public record VectorCheck(List<String> entries, Map<String, Double> point, Tolerance tolerance) implements Check {
    public VectorCheck {
        entries = List.copyOf(entries);
        point = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(point));
    }

    @Override
    public AnswerType answerType() {
        return AnswerType.VECTOR;
    }
}
