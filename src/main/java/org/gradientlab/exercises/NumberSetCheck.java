package org.gradientlab.exercises;

import java.util.List;

/**
 * A set of numbers picked from {@code offered} (e.g. "which of these learning rates diverge?"). Each offered
 * value is a yes/no question: the score is the fraction answered right. A whole answer set equal to one of the
 * {@code mistakes} earns its note.
 *
 * @param offered   the values the student chooses from, in display order
 * @param expected  the values that belong in the answer (a subset of {@code offered}, possibly empty)
 * @param tolerance how close a typed value must be to an offered one to mean it
 * @param mistakes  anticipated wrong sets and the notes they earn
 */
public record NumberSetCheck(
        List<Double> offered, List<Double> expected, Tolerance tolerance, List<KnownSetMistake> mistakes)
        implements Check {

    /**
     * A wrong answer set that reveals a misconception.
     *
     * @param values the wrong set (a subset of the offered values)
     * @param note   the note it earns
     * @param how    how that set comes about (shown in the message)
     */
    public record KnownSetMistake(List<Double> values, Note note, String how) {
        public KnownSetMistake {
            values = List.copyOf(values);
        }
    }

    public NumberSetCheck {
        offered = List.copyOf(offered);
        expected = List.copyOf(expected);
        mistakes = List.copyOf(mistakes);
        if (!offered.containsAll(expected)) {
            throw new IllegalArgumentException("expected values must be among the offered ones");
        }
        for (KnownSetMistake m : mistakes) {
            if (!offered.containsAll(m.values())) {
                throw new IllegalArgumentException("a mistake's values must be among the offered ones");
            }
        }
    }

    @Override
    public AnswerType answerType() {
        return AnswerType.NUMBER_SET;
    }
}
