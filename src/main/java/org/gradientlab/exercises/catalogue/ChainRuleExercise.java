package org.gradientlab.exercises.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.Domain;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.ExpressionCheck;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;

/**
 * The chain rule: type f'(x) for a composite f(x) = g(u(x)) — sin(x²) in the course material, other
 * compositions in other variants. The answer is checked by numeric equivalence with the derivative, and wrong
 * answers are diagnosed by comparing them with mutations of it (missing inner derivative, wrong outer
 * derivative …).
 *
 * <p>This is the worked example of an exercise: fixed metadata, parameters with defaults, a deterministic case per
 * variant number ({@link ChainRuleCases}), and a {@link Variant} whose single part carries its check, model answer
 * and canned wrong answers.
 */
public final class ChainRuleExercise implements Exercise {

    static final String ID = "chain-rule";
    static final String PART = "derivative";
    static final String FUNCTION = "function";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Chain rule";
    }

    @Override
    public String unit() {
        return "Derivatives";
    }

    @Override
    public String summary() {
        return "Differentiate a composite function such as sin(x²) with the chain rule.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter(
                FUNCTION,
                "sin(x^2)",
                "The composite function f(x) to differentiate, in x (any formula; the catalogue's own kinds get "
                        + "named pieces in the texts and more canned mistakes). Left at its default, each student gets "
                        + "a function of the same kind (sin(a·xⁿ), exp(a·x²), ln(1 + a·x²), (3x + 1)⁵ …)."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        overrides.keySet().stream().filter(k -> !k.equals(FUNCTION)).findFirst().ifPresent(k -> {
            throw new ParameterException(ParameterProblem.of(k, ParameterProblem.Key.UNKNOWN_PARAMETER, k));
        });
        ChainRuleCase c =
                overrides.containsKey(FUNCTION) ? caseOf(overrides.get(FUNCTION)) : ChainRuleCases.forVariant(number);
        return variantOf(number, c);
    }

    private static ChainRuleCase caseOf(String function) {
        for (ChainRuleCase c : ChainRuleCases.all()) {
            if (c.function().replace(" ", "").equals(function.replace(" ", ""))) {
                return c;
            }
        }
        return ChainRuleOverride.of(function);
    }

    private static Variant variantOf(int number, ChainRuleCase c) {
        Domain domain = new Domain(Map.of("x", c.domain()));
        // the reference is the engine's own derivative; the self-test checks the typed model answer against it
        String reference = Expression.parse(c.function(), Variables.of("x"))
                .derivative("x")
                .toText();
        ExpressionCheck check = ExpressionCheck.derivative(reference, c.function(), domain, Set.of("diff"));
        Part part = new Part(
                PART,
                AnswerType.EXPRESSION,
                "Type $f'(x)$ for $f(x) = " + c.functionLatex() + "$ as a formula in $x$. You may write products "
                        + "without `*` (`2x cos(x^2)`) and paste symbols such as `²` or `·`; `diff` is not available.",
                1,
                Answer.text(c.derivative()),
                check,
                c.canned());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(FUNCTION, c.function());
        return new Variant(
                ID,
                number,
                "Chain rule: differentiate $" + c.functionLatex() + "$",
                explanation(c),
                parameters,
                List.of(part),
                hints(c),
                solution(c));
    }

    private static String explanation(ChainRuleCase c) {
        return """
                A composite function $f(x) = g(u(x))$ feeds the output of an **inner** function $u$ into an \
                **outer** function $g$. Its rate of change is the product of two rates: how fast $g$ changes with \
                its input, taken at the input it actually receives, and how fast that input changes with $x$:

                $$f'(x) = g'\\big(u(x)\\big)\\cdot u'(x).$$

                So differentiate the outer function as if its argument were a plain variable, evaluate the result \
                at $u(x)$, and multiply by the derivative of the inner function. Forgetting the last factor is the \
                most common slip: it is only harmless when $u'(x) = 1$.

                %s
                """.formatted(
                        c.outerLatex().isEmpty()
                                ? "Here $f(x) = " + c.functionLatex() + "$: find its outer and inner functions first."
                                : "Here $f(x) = " + c.functionLatex() + "$, with outer function $g(u) = "
                                        + c.outerLatex() + "$ and inner function $u(x) = " + c.innerLatex() + "$.");
    }

    private static List<String> hints(ChainRuleCase c) {
        if (c.outerLatex().isEmpty()) {
            return List.of(
                    "Which operation is applied last when you evaluate $f$? That is the outer function $g$; what it is "
                            + "applied to is the inner function $u$.",
                    "Differentiate $g$ as if its argument were a plain variable, and $u$ on its own.",
                    "Put $u(x)$ into $g'$, then multiply by $u'(x)$.");
        }
        return List.of(
                "Name the pieces: the outer function is $g(u) = " + c.outerLatex()
                        + "$ and the inner function is $u(x) = " + c.innerLatex() + "$.",
                "Differentiate each piece on its own: $g'(u) = " + c.outerDerivativeLatex() + "$ and $u'(x) = "
                        + c.innerDerivativeLatex() + "$.",
                "Put $u(x)$ into $g'$, then multiply by $u'(x)$.");
    }

    private static String solution(ChainRuleCase c) {
        if (c.outerLatex().isEmpty()) {
            return "By the chain rule (and the other rules where $f$ combines several pieces), $$f'(x) = "
                    + c.derivativeLatex() + ".$$ A central difference $\\frac{f(x+h) - f(x-h)}{2h}$ with "
                    + "$h = 10^{-5}$ agrees with this formula to about ten digits at any point you try.";
        }
        return """
                Outer function $g(u) = %s$ with $g'(u) = %s$; inner function $u(x) = %s$ with $u'(x) = %s$. \
                By the chain rule

                $$f'(x) = g'\\big(u(x)\\big)\\cdot u'(x) = %s.$$

                A quick check: a central difference $\\frac{f(x+h) - f(x-h)}{2h}$ with $h = 10^{-5}$ agrees with \
                this formula to about ten digits at any point you try.
                """.formatted(
                        c.outerLatex(),
                        c.outerDerivativeLatex(),
                        c.innerLatex(),
                        c.innerDerivativeLatex(),
                        c.derivativeLatex());
    }
}
