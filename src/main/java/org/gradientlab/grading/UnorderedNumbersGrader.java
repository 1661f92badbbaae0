package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.NumberSetCheck;
import org.gradientlab.exercises.UnorderedNumbersCheck;

/**
 * Grades numbers typed in any order against a multiset of values: each typed number is matched with the first
 * value it is close to that no earlier number took. Partial credit per value, with a mask over the typed entries.
 * An empty list is an answer (no numbers), not a format error.
 */
final class UnorderedNumbersGrader {

    private UnorderedNumbersGrader() {}

    static Reading<List<Double>> read(List<String> entries) {
        List<Double> values = new ArrayList<>();
        List<Message> problems = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int index = i + 1;
            if (entries.get(i).isBlank()) {
                problems.add(MessageKey.EMPTY_ENTRY.with(index));
                continue;
            }
            switch (NumberReader.number(entries.get(i))) {
                case Reading.Readable<NumberReader.Value> r -> {
                    values.add(r.value().value());
                    shown.add(Format.number(r.value().value()));
                }
                case Reading.Unreadable<NumberReader.Value> u -> {
                    u.messages().forEach(m -> problems.add(Message.located(MessageKey.INVALID_ENTRY, m, index)));
                    notes.addAll(u.notes());
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Reading.Unreadable<>(problems, notes, null);
        }
        return new Reading.Readable<>(
                values,
                shown.isEmpty()
                        ? new Interpretation("{}", "\\emptyset")
                        : new Interpretation(
                                "{" + String.join(", ", shown) + "}", "\\{" + String.join(", ", shown) + "\\}"));
    }

    static PartFeedback grade(UnorderedNumbersCheck check, List<Double> typed, Interpretation shown) {
        boolean[] matched = match(check, typed, check.values());
        List<Boolean> mask = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        int right = 0;
        for (int i = 0; i < typed.size(); i++) {
            mask.add(matched[i]);
            if (matched[i]) {
                right++;
            } else {
                messages.add(MessageKey.WRONG_VALUE.with(Format.number(typed.get(i))));
            }
        }
        int expected = check.values().size();
        if (right == expected && typed.size() == expected) {
            return PartFeedback.graded(1, List.of(), List.of(), shown, new Mask.Entries(mask));
        }
        if (typed.size() != expected) {
            messages.addFirst(MessageKey.WRONG_COUNT.with(typed.size(), expected));
        }
        List<Note> notes = new ArrayList<>();
        for (NumberSetCheck.KnownSetMistake m : check.mistakes()) {
            if (sameMultiset(check, typed, m.values())) {
                notes.add(m.note());
                messages.addFirst(NumberGrader.mistakeMessage(m.note(), m.how()));
                break;
            }
        }
        if (notes.isEmpty()) {
            notes.add(Note.WRONG_ENTRY);
        }
        double score = (double) right / Math.max(expected, typed.size());
        return PartFeedback.graded(score, notes, messages, shown, new Mask.Entries(mask));
    }

    /** Which typed numbers find a value of their own, each value taken at most once. */
    private static boolean[] match(UnorderedNumbersCheck check, List<Double> typed, List<Double> values) {
        boolean[] taken = new boolean[values.size()];
        boolean[] matched = new boolean[typed.size()];
        for (int i = 0; i < typed.size(); i++) {
            for (int j = 0; j < values.size(); j++) {
                if (!taken[j] && check.tolerance().accepts(typed.get(i), values.get(j))) {
                    taken[j] = true;
                    matched[i] = true;
                    break;
                }
            }
        }
        return matched;
    }

    private static boolean sameMultiset(UnorderedNumbersCheck check, List<Double> typed, List<Double> values) {
        if (typed.size() != values.size()) {
            return false;
        }
        for (boolean m : match(check, typed, values)) {
            if (!m) {
                return false;
            }
        }
        return true;
    }
}
