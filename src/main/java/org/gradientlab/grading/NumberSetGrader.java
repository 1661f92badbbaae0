package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.NumberSetCheck;

/**
 * Grades a set of numbers picked from the offered ones. Every offered value is a yes/no decision and every
 * decision counts: the score is the fraction of offered values put on the right side. A typed value that is not
 * (within tolerance) one of the offered values is a format error; repeats count once.
 */
final class NumberSetGrader {

    private NumberSetGrader() {}

    static Reading<TreeSet<Integer>> read(NumberSetCheck check, List<String> entries) {
        TreeSet<Integer> chosen = new TreeSet<>();
        List<Message> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int index = i + 1;
            if (entries.get(i).isBlank()) {
                problems.add(MessageKey.EMPTY_ENTRY.with(index));
                continue;
            }
            switch (NumberReader.number(entries.get(i))) {
                case Reading.Readable<NumberReader.Value> r -> {
                    int offered = offeredIndex(check, r.value().value());
                    if (offered < 0) {
                        problems.add(MessageKey.NOT_OFFERED.with(
                                Format.number(r.value().value()), offeredList(check)));
                    } else {
                        chosen.add(offered);
                    }
                }
                case Reading.Unreadable<NumberReader.Value> u ->
                    u.messages().forEach(m -> problems.add(Message.located(MessageKey.INVALID_ENTRY, m, index)));
            }
        }
        if (!problems.isEmpty()) {
            return new Reading.Unreadable<>(problems, List.of(), null);
        }
        List<String> shown =
                chosen.stream().map(j -> Format.number(check.offered().get(j))).toList();
        return new Reading.Readable<>(
                chosen,
                shown.isEmpty()
                        ? new Interpretation("{}", "\\emptyset")
                        : new Interpretation(
                                "{" + String.join(", ", shown) + "}", "\\{" + String.join(", ", shown) + "\\}"));
    }

    static PartFeedback grade(NumberSetCheck check, TreeSet<Integer> chosen, Interpretation shown) {
        TreeSet<Integer> expected = indices(check, check.expected());
        int n = check.offered().size();
        int right = 0;
        for (int j = 0; j < n; j++) {
            right += chosen.contains(j) == expected.contains(j) ? 1 : 0;
        }
        if (right == n) {
            return PartFeedback.graded(1, List.of(), List.of(), shown, null);
        }
        List<Message> messages = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (NumberSetCheck.KnownSetMistake m : check.mistakes()) {
            if (indices(check, m.values()).equals(chosen)) {
                notes.add(m.note());
                messages.add(NumberGrader.mistakeMessage(m.note(), m.how()));
                break;
            }
        }
        messages.add(MessageKey.MISCLASSIFIED.with(n - right, n));
        return PartFeedback.graded((double) right / n, notes, messages, shown, null);
    }

    private static int offeredIndex(NumberSetCheck check, double value) {
        for (int j = 0; j < check.offered().size(); j++) {
            if (check.tolerance().accepts(value, check.offered().get(j))) {
                return j;
            }
        }
        return -1;
    }

    private static TreeSet<Integer> indices(NumberSetCheck check, List<Double> values) {
        TreeSet<Integer> out = new TreeSet<>();
        values.forEach(v -> out.add(check.offered().indexOf(v)));
        return out;
    }

    private static String offeredList(NumberSetCheck check) {
        return String.join(", ", check.offered().stream().map(Format::number).toList());
    }
}
