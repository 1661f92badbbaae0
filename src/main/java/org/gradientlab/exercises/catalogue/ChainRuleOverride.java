package org.gradientlab.exercises.catalogue;

import java.util.List;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Domain;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;

/**
 * A chain-rule case for a function an instructor typed that is not one of the catalogue's families: the model
 * answer is the engine's simplified derivative, the pieces g and u are not named in the texts, and the canned
 * answers are the mistakes every function admits. The domain is [−2, 2], or [0.1, 3] when f or f' is undefined
 * on much of the former (ln x, √x …).
 */
final class ChainRuleOverride {

    private static final Variables X = Variables.of("x");
    private static final List<Domain.Interval> DOMAINS =
            List.of(new Domain.Interval(-2, 2), new Domain.Interval(0.1, 3));

    private ChainRuleOverride() {}

    static ChainRuleCase of(String function) {
        Expression f =
                switch (Expression.tryParse(function, X)) {
                    case ParseResult.Success s -> s.expression();
                    case ParseResult.Failure e ->
                        throw new ParameterException(ParameterProblem.of(
                                ChainRuleExercise.FUNCTION,
                                ParameterProblem.Key.NOT_AN_EXPRESSION,
                                function,
                                e.message()));
                };
        if (!f.usedVariables().contains("x")) {
            throw unsuitable(function, "it does not depend on x");
        }
        Expression d = f.derivative("x");
        Domain.Interval domain = DOMAINS.stream()
                .filter(in -> mostlyDefined(f, d, in))
                .findFirst()
                .orElseThrow(() -> unsuitable(function, "it is undefined on most of [-2, 2] and of [0.1, 3]"));
        String text = f.toText();
        String derivative = d.toText();
        List<CannedAnswer> canned = List.of(
                CannedAnswer.of("plus a constant", Answer.text("(" + derivative + ") + 1"), Note.EXTRA_CONSTANT),
                CannedAnswer.invalid("uses diff", Answer.text("diff(" + text + ", x)"), Note.FORBIDDEN_FUNCTION),
                CannedAnswer.invalid(
                        "an undeclared variable", Answer.text("(" + derivative + ")*y"), Note.UNKNOWN_VARIABLE));
        return new ChainRuleCase(text, f.toLatex(), "", "", "", "", derivative, d.toLatex(), domain, canned);
    }

    /** Whether f and f' are finite at 30 or more of 41 evenly spaced points of the interval. */
    private static boolean mostlyDefined(Expression f, Expression d, Domain.Interval in) {
        int defined = 0;
        for (int i = 0; i <= 40; i++) {
            double x = in.low() + (in.high() - in.low()) * i / 40;
            defined += Double.isFinite(f.evaluate(x)) && Double.isFinite(d.evaluate(x)) ? 1 : 0;
        }
        return defined >= 30;
    }

    private static ParameterException unsuitable(String function, String why) {
        return new ParameterException(
                ParameterProblem.of(ChainRuleExercise.FUNCTION, ParameterProblem.Key.UNSUITABLE, function, why));
    }
}
