package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.KnownMistake;
import org.gradientlab.exercises.LogScaleCheck;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.Variant;

/**
 * Finite differences: the forward and central difference of f at x0 with a given h, the exact derivative, and the
 * step h with the smallest central-difference error — the empirical minimum of the engine's error curve, accepted
 * within a factor of 10 on a log scale (truncation error falls like h², round-off grows like ε/h, so the best h is
 * near ∛ε ≈ 6e-6 for well-scaled f). Variant 0 is the course material's x³ − 2x + 1 at 1.5 with h = 0.1.
 */
public final class FiniteDifferencesExercise implements Exercise {

    static final String ID = "finite-differences";
    static final String FUNCTION = "function";
    static final String POINT = "point";
    static final String STEP = "step";
    /** Differences typed to four significant figures tell the schemes apart at the steps offered. */
    static final Tolerance TOLERANCE = Tolerance.significantFigures(4);
    /**
     * The answers of the first parts must lie this many tolerances apart, so that each one rounded to four figures is
     * still outside the others' windows.
     */
    private static final double SEPARATION = 3;
    /** The best step is accepted within this factor of the empirical minimum. */
    static final double FACTOR = 10;
    /** √ε, the best step of the forward difference. */
    static final double FORWARD_BEST = Math.sqrt(Math.ulp(1.0));

    private static final List<String> FUNCTIONS =
            List.of("x^3 - 2*x + 1", "sin(x)", "exp(x)", "ln(x)", "x^4 - 3*x^2", "sqrt(x)", "x*exp(x)", "1/x");
    private static final double[] POINTS = {0.5, 1, 1.5, 2, 2.5};
    private static final double[] STEPS = {0.1, 0.2, 0.05};

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Finite differences";
    }

    @Override
    public String unit() {
        return "Derivatives";
    }

    @Override
    public String summary() {
        return "Approximate a derivative by forward and central differences and find the step with the least error.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(FUNCTION, "x^3 - 2*x + 1", "The function f(x), in x."),
                new Parameter(POINT, "1.5", "The point x0 at which f'(x0) is approximated."),
                new Parameter(
                        STEP,
                        "0.1",
                        "The step h of the forward and central differences, between 0.01 and 0.5; "
                                + "large enough that the central difference differs from f'(x0) in the fourth figure."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(FUNCTION, POINT, STEP));
        VariantRandom r = VariantRandom.of(ID, number);
        String function = number == 0 ? FUNCTIONS.getFirst() : FUNCTIONS.get(r.nextInt(FUNCTIONS.size()));
        int firstPoint = number == 0 ? 2 : r.nextInt(POINTS.length);
        int firstStep = number == 0 ? 0 : r.nextInt(STEPS.length);
        boolean fixed = overrides.containsKey(POINT) || overrides.containsKey(STEP);
        if (overrides.containsKey(FUNCTION)) {
            function = function(overrides.get(FUNCTION));
        }
        if (fixed) {
            double x0 = overrides.containsKey(POINT)
                    ? ParameterValues.number(POINT, overrides.get(POINT))
                    : POINTS[firstPoint];
            double h = overrides.containsKey(STEP)
                    ? ParameterValues.number(STEP, overrides.get(STEP), 0.01, 0.5)
                    : STEPS[firstStep];
            DifferenceCase c = DifferenceCase.of(function, x0, h);
            if (!suitable(c)) {
                throw new ParameterException(ParameterProblem.of(
                        overrides.containsKey(STEP) ? STEP : POINT,
                        ParameterProblem.Key.UNSUITABLE,
                        overrides.getOrDefault(STEP, overrides.get(POINT)),
                        "f must be defined near x0, and with this h the central difference must differ from f'(x0) "
                                + "in the fourth significant figure"));
            }
            return variantOf(number, c);
        }
        // the first suitable (point, step) in a fixed order from the drawn ones: deterministic per variant
        for (int i = 0; i < POINTS.length; i++) {
            for (int j = 0; j < STEPS.length; j++) {
                DifferenceCase c = DifferenceCase.of(
                        function, POINTS[(firstPoint + i) % POINTS.length], STEPS[(firstStep + j) % STEPS.length]);
                if (suitable(c)) {
                    return variantOf(number, c);
                }
            }
        }
        throw new ParameterException(ParameterProblem.of(
                FUNCTION,
                ParameterProblem.Key.UNSUITABLE,
                function,
                "no point and step of the catalogue make its differences distinguishable"));
    }

    private static String function(String text) {
        return switch (Expression.tryParse(text, DifferenceCase.X)) {
            case ParseResult.Success s -> s.expression().toText();
            case ParseResult.Failure f ->
                throw new ParameterException(
                        ParameterProblem.of(FUNCTION, ParameterProblem.Key.NOT_AN_EXPRESSION, text, f.message()));
        };
    }

    /**
     * Whether the numbers make a fair exercise: all defined, the three quotients and f'(x0) pairwise apart in the
     * fourth figure, and the best step far from the forward difference's √ε.
     */
    static boolean suitable(DifferenceCase c) {
        if (!c.defined()) {
            return false;
        }
        double[] v = {c.exact(), c.forward(), c.backward(), c.central()};
        for (int i = 0; i < v.length; i++) {
            for (int j = i + 1; j < v.length; j++) {
                double scale = Math.max(Math.abs(v[i]), Math.abs(v[j]));
                if (Math.abs(v[i] - v[j]) <= SEPARATION * TOLERANCE.relative() * scale) {
                    return false;
                }
            }
        }
        return c.bestStep() > FACTOR * FACTOR * FORWARD_BEST;
    }

    private static Variant variantOf(int number, DifferenceCase c) {
        String h = NumberText.plain(c.h());
        String x0 = NumberText.plain(c.x0());
        List<Part> parts = List.of(
                NumberPart.of(
                                "forward",
                                "Give the forward difference $\\dfrac{f(x_0 + h) - f(x_0)}{h}$ with " + "$h = " + h
                                        + "$ (four significant figures).",
                                c.forward(),
                                TOLERANCE)
                        .mistake(
                                "the central difference",
                                c.central(),
                                Note.WRONG_DIFFERENCE_SCHEME,
                                "the central difference; the forward one uses f(x₀ + h) and f(x₀)")
                        .mistake(
                                "the backward difference",
                                c.backward(),
                                Note.WRONG_DIFFERENCE_SCHEME,
                                "the backward difference (f(x₀) − f(x₀ − h))/h; the forward one steps to x₀ + h")
                        .mistake(
                                "not divided by h",
                                c.forward() * c.h(),
                                Note.CONSTANT_FACTOR,
                                "f(x₀ + h) − f(x₀) without the division by h")
                        .wrong("the exact derivative", c.exact())
                        .invalid("an unfinished quotient", "(5.21 - 1.375)/")
                        .build(),
                NumberPart.of(
                                "central",
                                "Give the central difference $\\dfrac{f(x_0 + h) - f(x_0 - h)}{2h}$ with " + "$h = " + h
                                        + "$ (four significant figures).",
                                c.central(),
                                TOLERANCE)
                        .mistake(
                                "the forward difference",
                                c.forward(),
                                Note.WRONG_DIFFERENCE_SCHEME,
                                "the forward difference; the central one uses f(x₀ + h) and f(x₀ − h)")
                        .mistake(
                                "divided by h instead of 2h",
                                2 * c.central(),
                                Note.CONSTANT_FACTOR,
                                "twice the central difference: the two samples are 2h apart, so divide by 2h")
                        .wrong("the exact derivative", c.exact())
                        .invalid("a name, not a number", "h", Note.UNKNOWN_VARIABLE)
                        .build(),
                NumberPart.of(
                                "exact",
                                "Give the exact derivative $f'(x_0)$ at $x_0 = " + x0 + "$ (four "
                                        + "significant figures, or an exact expression such as `cos(1.5)`).",
                                c.exact(),
                                TOLERANCE)
                        .mistake(
                                "the function's value",
                                c.value(),
                                Note.FUNCTION_NOT_DIFFERENTIATED,
                                "f(x₀), the value of the function, not of its derivative")
                        .wrong("the central difference", c.central())
                        .invalid("a formula in x", "3*x^2 - 2", Note.UNKNOWN_VARIABLE)
                        .build(),
                bestStep(c));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(FUNCTION, c.formula());
        parameters.put(POINT, ParameterValues.text(c.x0()));
        parameters.put(STEP, ParameterValues.text(c.h()));
        return new Variant(
                ID,
                number,
                "Finite differences of $f(x) = " + c.latex() + "$ at $x_0 = " + x0 + "$",
                FiniteDifferencesTexts.explanation(c),
                parameters,
                parts,
                FiniteDifferencesTexts.hints(c),
                FiniteDifferencesTexts.solution(c));
    }

    private static Part bestStep(DifferenceCase c) {
        KnownMistake sqrtEps = new KnownMistake(
                FORWARD_BEST,
                Note.WRONG_DIFFERENCE_SCHEME,
                "√ε ≈ 1.5e-8, the best step of the forward difference; the central difference's truncation error "
                        + "falls like h², so its best step is larger, near ∛ε");
        LogScaleCheck check = new LogScaleCheck(c.bestStep(), FACTOR, List.of(sqrtEps));
        List<CannedAnswer> canned = new ArrayList<>();
        canned.add(CannedAnswer.of(
                "√ε, the forward difference's best step", Answer.text("1.5e-8"), Note.WRONG_DIFFERENCE_SCHEME));
        for (double wrong : new double[] {1e-12, c.h()}) {
            if (!check.close(wrong, c.bestStep())) {
                canned.add(CannedAnswer.of(
                        wrong == c.h() ? "the step of the first parts" : "as small as possible",
                        Answer.text(NumberText.plain(wrong))));
            }
        }
        canned.add(CannedAnswer.of("a negative step", Answer.text("-1e-5")));
        canned.add(CannedAnswer.invalid("an unfinished exponent", Answer.text("1e-")));
        return new Part(
                "best-step",
                AnswerType.NUMBER,
                "Which $h$ gives the smallest error of the central difference at $x_0 = " + NumberText.plain(c.x0())
                        + "$? Read it off the error curve (a power of ten such as `1e-5` is precise enough: answers "
                        + "within a factor of 10 of the curve's minimum are right).",
                1,
                Answer.text(NumberText.plain(c.bestStep(), 2)),
                check,
                canned);
    }
}
