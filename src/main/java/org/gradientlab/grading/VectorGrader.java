package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.VectorCheck;

/**
 * Grades a vector entry by entry at the check's point, with a per-entry mask; partial credit is the number of
 * right entries over the longer of the reference and the answer.
 */
final class VectorGrader {

    private VectorGrader() {}

    static Reading<List<NumberReader.Value>> read(VectorCheck check, List<String> entries) {
        List<NumberReader.Value> values = new ArrayList<>();
        List<Message> problems = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> latex = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String text = entries.get(i);
            int index = i + 1;
            if (text.isBlank()) {
                problems.add(MessageKey.EMPTY_ENTRY.with(index));
                continue;
            }
            switch (NumberReader.at(text, check.point())) {
                case Reading.Readable<NumberReader.Value> r -> {
                    values.add(r.value());
                    texts.add(r.value().expression().toText());
                    latex.add(r.value().expression().toLatex());
                }
                case Reading.Unreadable<NumberReader.Value> u -> {
                    u.messages().forEach(m -> problems.add(Message.located(MessageKey.INVALID_ENTRY, m, index)));
                    notes.addAll(u.notes());
                }
            }
        }
        if (entries.isEmpty()) {
            problems.add(MessageKey.EMPTY_ENTRY.with(1));
        }
        if (!problems.isEmpty()) {
            return new Reading.Unreadable<>(problems, notes, null);
        }
        return new Reading.Readable<>(
                values,
                new Interpretation(
                        "[" + String.join(", ", texts) + "]",
                        "\\begin{pmatrix} " + String.join(" \\\\ ", latex) + " \\end{pmatrix}"));
    }

    static PartFeedback grade(VectorCheck check, List<NumberReader.Value> values, Interpretation shown) {
        double[] expected = evaluate(check.entries(), check.point());
        List<Boolean> mask = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        int right = 0;
        for (int i = 0; i < values.size(); i++) {
            boolean ok = i < expected.length
                    && check.tolerance().accepts(values.get(i).value(), expected[i]);
            mask.add(ok);
            if (ok) {
                right++;
            } else if (i < expected.length) {
                messages.add(MessageKey.WRONG_ENTRY.with(i + 1));
            }
        }
        if (values.size() != expected.length) {
            messages.addFirst(MessageKey.WRONG_LENGTH.with(values.size(), expected.length));
        }
        List<Note> notes =
                right == expected.length && values.size() == expected.length ? List.of() : List.of(Note.WRONG_ENTRY);
        return PartFeedback.graded(
                (double) right / Math.max(expected.length, values.size()),
                notes,
                messages,
                shown,
                new Mask.Entries(mask));
    }

    /** The reference entries (formulas in the point's variables) evaluated at the point. */
    static double[] evaluate(List<String> entries, Map<String, Double> point) {
        Variables variables = new Variables(List.copyOf(point.keySet()));
        double[] out = new double[entries.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Expression.parse(entries.get(i), variables).evaluate(point);
        }
        return out;
    }
}
