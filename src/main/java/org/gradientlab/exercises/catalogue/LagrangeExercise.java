package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.constrained.EqualityConstrainedQuadratic;
import org.gradientlab.engine.constrained.LagrangeMultipliers;
import org.gradientlab.engine.constrained.LagrangeResult;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.KnownMistake;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.Variant;

/**
 * Lagrange multipliers: minimise f(x, y) = p·x² + q·y² on the line u·x + v·y = w, with the convention
 * L = f + λ·g, g = u·x + v·y − w. The student gives x*, y* and λ*, which the engine's Lagrange solver computes.
 * Variant 0 is the course material's x² + y² on x + y = 1: x* = y* = ½, λ* = −1; a multiplier of the opposite
 * sign (the convention L = f − λ·g) earns sign-error.
 */
public final class LagrangeExercise implements Exercise {

    static final String ID = "lagrange";
    static final String WEIGHTS = "objective-weights";
    static final String CONSTRAINT = "constraint";
    /** Typed numbers need four significant figures (or an exact fraction). */
    static final Tolerance TOLERANCE = Tolerance.significantFigures(4);

    /**
     * The problem of one variant: f = p·x² + q·y² (p, q positive) on the line u·x + v·y = w.
     *
     * @param p the weight of x²
     * @param q the weight of y²
     * @param u the coefficient of x in the constraint
     * @param v the coefficient of y in the constraint
     * @param w the constraint's right-hand side, nonzero
     */
    record Problem(double p, double q, double u, double v, double w) {

        EqualityConstrainedQuadratic quadratic() {
            return new EqualityConstrainedQuadratic(
                    new double[][] {{2 * p, 0}, {0, 2 * q}},
                    new double[] {0, 0},
                    0,
                    new double[][] {{u, v}},
                    new double[] {w});
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Lagrange multipliers";
    }

    @Override
    public String unit() {
        return "Constrained optimisation";
    }

    @Override
    public String summary() {
        return "Minimise a quadratic on a line with a Lagrange multiplier: x*, y* and λ*.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(WEIGHTS, "1, 1", "The positive weights p, q of the objective f(x, y) = p·x² + q·y²."),
                new Parameter(
                        CONSTRAINT, "1, 1, 1", "The constraint u·x + v·y = w as u, v, w; (u, v) ≠ (0, 0) and w ≠ 0."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(WEIGHTS, CONSTRAINT));
        VariantRandom r = VariantRandom.of(ID, number);
        double[] weights =
                number == 0 ? new double[] {1, 1} : new double[] {r.pickInt(1, 2, 3, 4), r.pickInt(1, 2, 3, 4)};
        double[] line = number == 0
                ? new double[] {1, 1, 1}
                : new double[] {r.pickInt(1, 2, 3, -1), r.pickInt(1, 2, 3, -1, -2), r.pickInt(1, 2, 3, 4, -2)};
        if (overrides.containsKey(WEIGHTS)) {
            weights = weights(overrides.get(WEIGHTS));
        }
        if (overrides.containsKey(CONSTRAINT)) {
            line = line(overrides.get(CONSTRAINT));
        }
        return variantOf(number, new Problem(weights[0], weights[1], line[0], line[1], line[2]));
    }

    private static double[] weights(String text) {
        double[] w = ParameterValues.point(WEIGHTS, text, 2);
        if (!(w[0] > 0 && w[1] > 0)) {
            throw new ParameterException(ParameterProblem.of(
                    WEIGHTS,
                    ParameterProblem.Key.UNSUITABLE,
                    text,
                    "both weights must be positive, or f has no minimum on the line"));
        }
        return w;
    }

    private static double[] line(String text) {
        double[] l = ParameterValues.point(CONSTRAINT, text, 3);
        if (l[0] == 0 && l[1] == 0) {
            throw new ParameterException(
                    ParameterProblem.of(CONSTRAINT, ParameterProblem.Key.UNSUITABLE, text, "u and v cannot both be 0"));
        }
        if (l[2] == 0) {
            throw new ParameterException(ParameterProblem.of(
                    CONSTRAINT,
                    ParameterProblem.Key.UNSUITABLE,
                    text,
                    "with w = 0 the line passes through the unconstrained minimum and λ* = 0"));
        }
        return l;
    }

    private static Variant variantOf(int number, Problem problem) {
        LagrangeResult.Solution s =
                switch (LagrangeMultipliers.solve(problem.quadratic())) {
                    case LagrangeResult.Solution solution -> solution;
                    case LagrangeResult.Failure failure -> throw new IllegalStateException(failure.message());
                };
        double x = s.x()[0];
        double y = s.x()[1];
        double lambda = s.lambda()[0];
        List<Part> parts = List.of(
                part("x", "$x^*$, the $x$-coordinate of the constrained minimum", x, coordinateMistakes(x, y, "y")),
                part("y", "$y^*$, the $y$-coordinate of the constrained minimum", y, coordinateMistakes(y, x, "x")),
                multiplier(lambda));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(WEIGHTS, ParameterValues.text(problem.p()) + ", " + ParameterValues.text(problem.q()));
        parameters.put(
                CONSTRAINT,
                ParameterValues.text(problem.u()) + ", " + ParameterValues.text(problem.v()) + ", "
                        + ParameterValues.text(problem.w()));
        return new Variant(
                ID,
                number,
                "Lagrange multipliers: minimise $" + LagrangeTexts.objective(problem) + "$ on $"
                        + LagrangeTexts.line(problem) + "$",
                LagrangeTexts.explanation(problem),
                parameters,
                parts,
                LagrangeTexts.hints(problem),
                LagrangeTexts.solution(problem, s));
    }

    private static Part part(String id, String what, double value, List<CannedAnswer> canned) {
        return new Part(
                id,
                AnswerType.NUMBER,
                "Give " + what + ", as a number or fraction (four significant figures are enough).",
                1,
                Answer.text(NumberText.typed(value)),
                new NumberCheck(value, TOLERANCE, List.of()),
                canned);
    }

    /** The unconstrained minimiser 0 and the other coordinate, where they differ from the answer. */
    private static List<CannedAnswer> coordinateMistakes(double value, double other, String otherName) {
        List<CannedAnswer> canned = new ArrayList<>();
        if (!TOLERANCE.accepts(0, value)) {
            canned.add(CannedAnswer.of("the unconstrained minimiser 0", Answer.text("0")));
        }
        if (!TOLERANCE.accepts(other, value) && !TOLERANCE.accepts(-other, value)) {
            canned.add(
                    CannedAnswer.of("the " + otherName + "-coordinate instead", Answer.text(NumberText.exact(other))));
        }
        canned.add(CannedAnswer.invalid("an unfinished fraction", Answer.text("1/")));
        return canned;
    }

    private static Part multiplier(double lambda) {
        KnownMistake flipped = new KnownMistake(
                -lambda,
                Note.SIGN_ERROR,
                "the multiplier of the convention L = f − λ·g; this page uses L = f + λ·g, so λ* = "
                        + NumberText.fraction(lambda));
        return new Part(
                "lambda",
                AnswerType.NUMBER,
                "Give the multiplier $\\lambda^*$ for the convention $L = f + \\lambda\\, g$ used on this page.",
                1,
                Answer.text(NumberText.typed(lambda)),
                new NumberCheck(lambda, TOLERANCE, List.of(flipped)),
                List.of(
                        CannedAnswer.of(
                                "the sign of the other convention",
                                Answer.text(NumberText.exact(-lambda)),
                                Note.SIGN_ERROR),
                        CannedAnswer.of("no multiplier at all", Answer.text("0")),
                        CannedAnswer.invalid("a name, not a number", Answer.text("lambda"), Note.UNKNOWN_VARIABLE)));
    }
}
