package org.gradientlab.exercises;

import java.util.List;

/**
 * A typed number (or a constant expression such as {@code 2/20}) compared with {@code value}.
 *
 * @param value     the correct value
 * @param tolerance how close a typed number must be (looser than for expressions, stated per exercise)
 * @param mistakes  anticipated wrong values and the notes they earn
 */
public record NumberCheck(double value, Tolerance tolerance, List<KnownMistake> mistakes) implements Check {
    public NumberCheck {
        mistakes = List.copyOf(mistakes);
    }

    @Override
    public AnswerType answerType() {
        return AnswerType.NUMBER;
    }
}
