package org.gradientlab.exercises;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A matrix graded cell by cell, in the shape the student entered: each cell, a number or an expression in the
 * point's variables, is evaluated at {@code point} and compared with the reference cell there. Partial credit
 * per cell, with a per-cell mask. When {@code jacobian} is set the rows are the outputs and the columns the
 * variables, and a grid that matches the transpose earns {@link Note#TRANSPOSED_JACOBIAN}.
 *
 * @param cells     the reference cells, rows outer, in the engine's syntax (a rectangular grid)
 * @param point     variable → value, in declaration order; the only variables a cell may use
 * @param tolerance how close a cell's value must be
 * @param jacobian  whether this is a Jacobian (rows = outputs), so that a transpose is diagnosed
 */
public record MatrixCheck(List<List<String>> cells, Map<String, Double> point, Tolerance tolerance, boolean jacobian)
        implements Check {
    public MatrixCheck {
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : cells) {
            copy.add(List.copyOf(row));
        }
        cells = List.copyOf(copy);
        if (cells.isEmpty()
                || cells.stream().anyMatch(r -> r.size() != copy.getFirst().size() || r.isEmpty())) {
            throw new IllegalArgumentException("the reference matrix must be a non-empty rectangle");
        }
        point = Collections.unmodifiableMap(new LinkedHashMap<>(point));
    }

    /** The number of rows of the reference. */
    public int rows() {
        return cells.size();
    }

    /** The number of columns of the reference. */
    public int columns() {
        return cells.getFirst().size();
    }

    @Override
    public AnswerType answerType() {
        return AnswerType.MATRIX;
    }
}
