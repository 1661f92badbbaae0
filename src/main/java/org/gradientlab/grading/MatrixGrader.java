package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gradientlab.exercises.MatrixCheck;
import org.gradientlab.exercises.Note;

/**
 * Grades a matrix cell by cell in the shape the student entered (DESIGN §5): partial credit is the number of
 * right cells over the larger of the reference's and the answer's cell counts (extra cells cost credit), a
 * per-cell mask, and for a Jacobian a grid that matches the transpose is recognised as such
 * (transposed-jacobian, no credit: the layout rows = outputs is what the exercise teaches).
 */
final class MatrixGrader {

    private MatrixGrader() {}

    static Reading<double[][]> read(MatrixCheck check, List<List<String>> rows) {
        if (rows.stream().allMatch(List::isEmpty)) {
            return Reading.unreadable(MessageKey.EMPTY_GRID.with());
        }
        List<Message> problems = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        double[][] values = new double[rows.size()][];
        List<String> textRows = new ArrayList<>();
        List<String> latexRows = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            values[r] = new double[row.size()];
            List<String> texts = new ArrayList<>();
            List<String> latex = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                int rowNumber = r + 1;
                int columnNumber = c + 1;
                if (row.get(c).isBlank()) {
                    problems.add(MessageKey.EMPTY_CELL.with(rowNumber, columnNumber));
                    continue;
                }
                switch (NumberReader.at(row.get(c), check.point())) {
                    case Reading.Readable<NumberReader.Value> v -> {
                        values[r][c] = v.value().value();
                        texts.add(v.value().expression().toText());
                        latex.add(v.value().expression().toLatex());
                    }
                    case Reading.Unreadable<NumberReader.Value> u -> {
                        u.messages()
                                .forEach(m -> problems.add(
                                        Message.located(MessageKey.INVALID_CELL, m, rowNumber, columnNumber)));
                        notes.addAll(u.notes());
                    }
                }
            }
            textRows.add("[" + String.join(", ", texts) + "]");
            latexRows.add(String.join(" & ", latex));
        }
        if (!problems.isEmpty()) {
            return new Reading.Unreadable<>(problems, notes, null);
        }
        return new Reading.Readable<>(
                values,
                new Interpretation(
                        "[" + String.join(", ", textRows) + "]",
                        "\\begin{bmatrix} " + String.join(" \\\\ ", latexRows) + " \\end{bmatrix}"));
    }

    static PartFeedback grade(MatrixCheck check, double[][] values, Interpretation shown) {
        double[][] expected = new double[check.rows()][];
        for (int r = 0; r < check.rows(); r++) {
            expected[r] = VectorGrader.evaluate(check.cells().get(r), check.point());
        }
        int rows = check.rows();
        int columns = check.columns();
        boolean shapeRight = hasShape(values, rows, columns);
        if (shapeRight) {
            List<List<Boolean>> mask = compare(check, values, expected, false);
            int right = count(mask);
            if (right == rows * columns) {
                return PartFeedback.graded(1, List.of(), List.of(), shown, new Mask.Cells(mask));
            }
            if (check.jacobian()
                    && rows == columns
                    && count(compare(check, values, expected, true)) == rows * columns) {
                return transposed(check, values, mask, List.of(), shown);
            }
            return wrongCells(right, mask, List.of(), check, shown);
        }
        if (check.jacobian() && hasShape(values, columns, rows)) {
            List<List<Boolean>> transposedMask = compare(check, values, expected, true);
            if (2 * count(transposedMask) >= rows * columns) {
                return transposed(check, values, transposedMask, wrongCellMessages(transposedMask), shown);
            }
        }
        List<List<Boolean>> mask = compare(check, values, expected, false);
        int widest = 0;
        for (double[] row : values) {
            widest = Math.max(widest, row.length);
        }
        List<Message> first = List.of(MessageKey.WRONG_SHAPE.with(values.length, widest, rows, columns));
        return wrongCells(count(mask), mask, first, check, shown);
    }

    private static PartFeedback transposed(
            MatrixCheck check,
            double[][] values,
            List<List<Boolean>> transposedMask,
            List<Message> wrong,
            Interpretation shown) {
        List<Note> notes = new ArrayList<>(List.of(Note.TRANSPOSED_JACOBIAN));
        if (!wrong.isEmpty()) {
            notes.add(Note.WRONG_ENTRY);
        }
        List<Message> messages = new ArrayList<>();
        messages.add(MessageKey.TRANSPOSED_JACOBIAN.with(check.rows(), check.columns()));
        messages.addAll(wrong);
        List<List<Boolean>> none = new ArrayList<>();
        for (double[] row : values) {
            none.add(Collections.nCopies(row.length, false));
        }
        return PartFeedback.graded(0, notes, messages, shown, new Mask.Cells(none));
    }

    private static PartFeedback wrongCells(
            int right, List<List<Boolean>> mask, List<Message> first, MatrixCheck check, Interpretation shown) {
        List<Message> messages = new ArrayList<>(first);
        messages.addAll(wrongCellMessages(mask));
        int entered = mask.stream().mapToInt(List::size).sum();
        double score = (double) right / Math.max(check.rows() * check.columns(), entered);
        return PartFeedback.graded(score, List.of(Note.WRONG_ENTRY), messages, shown, new Mask.Cells(mask));
    }

    private static List<Message> wrongCellMessages(List<List<Boolean>> mask) {
        List<Message> messages = new ArrayList<>();
        for (int r = 0; r < mask.size(); r++) {
            for (int c = 0; c < mask.get(r).size(); c++) {
                if (!mask.get(r).get(c)) {
                    messages.add(MessageKey.WRONG_CELL.with(r + 1, c + 1));
                }
            }
        }
        return messages;
    }

    /** Per student cell: whether it matches the reference cell (at the transposed position if asked). */
    private static List<List<Boolean>> compare(
            MatrixCheck check, double[][] values, double[][] expected, boolean transposed) {
        List<List<Boolean>> mask = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            List<Boolean> row = new ArrayList<>();
            for (int c = 0; c < values[r].length; c++) {
                int er = transposed ? c : r;
                int ec = transposed ? r : c;
                boolean inside = er < expected.length && ec < expected[er].length;
                row.add(inside && check.tolerance().accepts(values[r][c], expected[er][ec]));
            }
            mask.add(row);
        }
        return mask;
    }

    private static boolean hasShape(double[][] values, int rows, int columns) {
        if (values.length != rows) {
            return false;
        }
        for (double[] row : values) {
            if (row.length != columns) {
                return false;
            }
        }
        return true;
    }

    private static int count(List<List<Boolean>> mask) {
        int n = 0;
        for (List<Boolean> row : mask) {
            for (boolean b : row) {
                n += b ? 1 : 0;
            }
        }
        return n;
    }
}
