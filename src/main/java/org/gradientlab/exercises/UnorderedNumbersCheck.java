package org.gradientlab.exercises;

import java.util.List;

/**
 * Numbers typed freely in any order, such as the eigenvalues of a matrix: the answer is right when it holds each
 * of {@code values} once (a repeated value as often as it repeats), within {@code tolerance}. Partial credit is the
 * number of values matched over the larger of the two counts. A whole answer equal to one of the {@code mistakes}
 * (in any order) earns its note.
 *
 * @param values    the numbers that belong in the answer, a multiset
 * @param tolerance how close a typed number must be to a value to count as it
 * @param mistakes  anticipated wrong multisets and the notes they earn
 */
public record UnorderedNumbersCheck(
        List<Double> values, Tolerance tolerance, List<NumberSetCheck.KnownSetMistake> mistakes) implements Check {

    public UnorderedNumbersCheck {
        values = List.copyOf(values);
        mistakes = List.copyOf(mistakes);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an unordered-numbers check needs at least one value");
        }
    }

    @Override
    public AnswerType answerType() {
        return AnswerType.NUMBER_SET;
    }
}
