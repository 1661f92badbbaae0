package org.gradientlab.exercises;

import java.util.Optional;
import java.util.Set;

/**
 * An expression answer judged by numeric equivalence with {@code reference} at seeded points of
 * {@code domain} (DESIGN §5). When the answer is a derivative, {@code derivativeOf} names the function and the
 * variable: the grader then diagnoses misconceptions by comparing the answer with mutations of the correct
 * derivative (missing inner derivative, wrong outer derivative, an antiderivative …).
 *
 * @param reference          the correct expression, in the engine's syntax
 * @param domain             the declared variables and where they are sampled; other identifiers are unknown
 * @param tolerance          how close the answer must be at every point
 * @param forbiddenFunctions function names the answer may not use (e.g. {@code diff}); earns
 *                           {@link Note#FORBIDDEN_FUNCTION}
 * @param derivativeOf       the function this answer is the derivative of, when it is one
 */
public record ExpressionCheck(
        String reference,
        Domain domain,
        Tolerance tolerance,
        Set<String> forbiddenFunctions,
        Optional<Derivative> derivativeOf)
        implements Check {

    /**
     * d/d{@code variable} of {@code function}.
     *
     * @param function the function being differentiated, in the engine's syntax
     * @param variable the variable of differentiation
     */
    public record Derivative(String function, String variable) {}

    public ExpressionCheck {
        forbiddenFunctions = Set.copyOf(forbiddenFunctions);
    }

    /** The derivative of {@code function} in {@code variable}, compared at expression tolerance. */
    public static ExpressionCheck derivative(
            String reference, String function, Domain domain, Set<String> forbiddenFunctions) {
        String variable = domain.variables().getFirst();
        return new ExpressionCheck(
                reference,
                domain,
                Tolerance.EXPRESSION,
                forbiddenFunctions,
                Optional.of(new Derivative(function, variable)));
    }

    /** A plain expression, compared at expression tolerance. */
    public static ExpressionCheck expression(String reference, Domain domain) {
        return new ExpressionCheck(reference, domain, Tolerance.EXPRESSION, Set.of(), Optional.empty());
    }

    @Override
    public AnswerType answerType() {
        return AnswerType.EXPRESSION;
    }
}
