package org.gradientlab.exercises.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.calculus.Derivatives;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.Variant;

/**
 * The gradient as a vector field: ∇f at a point (each entry a number or a formula in x1, x2 evaluated there) and
 * the direction of steepest descent −∇f, both from the engine's automatic differentiation. Variant 0 is the course
 * material's f = x1² + 2x2² at (1, −1), where ∇f = (2, −4).
 */
public final class GradientFieldExercise implements Exercise {

    static final String ID = "gradient-field";
    static final String FUNCTION = "function";
    static final String POINT = "point";
    static final List<String> VARIABLES = List.of("x1", "x2");
    /** Entries typed to four significant figures (or as formulas in x1, x2). */
    static final Tolerance TOLERANCE = Tolerance.significantFigures(4);

    private static final List<String> FUNCTIONS = List.of(
            "x1^2 + 2*x2^2",
            "x1^2 + x1*x2 + x2^2",
            "x1^2 - x2^2",
            "sin(x1) + x2^2",
            "x1*x2^2",
            "exp(x1) + x1*x2",
            "3*x1^2 + 0.5*x2^2",
            "x1^2 + 10*x2^2");
    /** A gradient this short would make the arrows and the descent direction meaningless. */
    private static final double SHORTEST = 0.1;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Gradient field";
    }

    @Override
    public String unit() {
        return "Gradients and Jacobians";
    }

    @Override
    public String summary() {
        return "Compute the gradient of f(x1, x2) at a point and the direction of steepest descent.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(FUNCTION, FUNCTIONS.getFirst(), "The function f(x1, x2)."),
                new Parameter(
                        POINT,
                        "1, -1",
                        "The point (x1, x2) at which the gradient is asked for; the gradient "
                                + "must not vanish there."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(FUNCTION, POINT));
        VariantRandom r = VariantRandom.of(ID, number);
        String function = FUNCTIONS.get(r.nextInt(FUNCTIONS.size()));
        double[] point = {r.pickInt(-2, -1, 1, 2), r.pickInt(-2, -1, 1, 2)};
        if (number == 0) {
            function = FUNCTIONS.getFirst();
            point = new double[] {1, -1};
        }
        if (overrides.containsKey(FUNCTION)) {
            function = function(overrides.get(FUNCTION));
        }
        if (overrides.containsKey(POINT)) {
            point = ParameterValues.point(POINT, overrides.get(POINT), 2);
        }
        double[] gradient = gradient(function, point);
        if (!(Math.hypot(gradient[0], gradient[1]) >= SHORTEST)) {
            if (overrides.containsKey(POINT) || overrides.containsKey(FUNCTION)) {
                throw new ParameterException(ParameterProblem.of(
                        POINT,
                        ParameterProblem.Key.UNSUITABLE,
                        ParameterValues.text(point[0]) + ", " + ParameterValues.text(point[1]),
                        "the gradient is (almost) zero or undefined there"));
            }
            point = new double[] {1, -1};
            gradient = gradient(function, point);
        }
        return variantOf(number, function, point, gradient);
    }

    private static String function(String text) {
        return switch (Expression.tryParse(text, new Variables(VARIABLES))) {
            case ParseResult.Success s -> s.expression().toText();
            case ParseResult.Failure f ->
                throw new ParameterException(
                        ParameterProblem.of(FUNCTION, ParameterProblem.Key.NOT_AN_EXPRESSION, text, f.message()));
        };
    }

    private static double[] gradient(String function, double[] point) {
        return Derivatives.gradient(
                Expression.parse(function, new Variables(VARIABLES)).tree(), VARIABLES, point);
    }

    private static Variant variantOf(int number, String function, double[] point, double[] g) {
        Map<String, Double> at = new LinkedHashMap<>();
        at.put("x1", point[0]);
        at.put("x2", point[1]);
        String latex = Formulas.latex(function, VARIABLES);
        String p = "(" + NumberText.plain(point[0]) + ", " + NumberText.plain(point[1]) + ")";
        List<Part> parts = List.of(
                VectorPart.of(
                                "gradient",
                                "Give $\\nabla f" + p + " = \\big(\\partial f/\\partial x_1,\\ \\partial f/"
                                        + "\\partial x_2\\big)$: two entries, each a number (four significant figures) or a "
                                        + "formula in `x1`, `x2`, which is evaluated at the point.",
                                g,
                                at,
                                TOLERANCE)
                        .wrong("the partial derivatives swapped", g[1], g[0])
                        .wrong("the descent direction −∇f", -g[0], -g[1])
                        .commonMistakes("x3")
                        .build(),
                VectorPart.of(
                                "steepest-descent",
                                "Give the vector $-\\nabla f" + p + "$, which points in the "
                                        + "direction of steepest descent (not normalised).",
                                new double[] {-g[0], -g[1]},
                                at,
                                TOLERANCE)
                        .wrong("the gradient itself (steepest ascent)", g[0], g[1])
                        .wrong("the negated entries swapped", -g[1], -g[0])
                        .commonMistakes("y")
                        .build());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(FUNCTION, function);
        parameters.put(POINT, ParameterValues.text(point[0]) + ", " + ParameterValues.text(point[1]));
        return new Variant(
                ID,
                number,
                "Gradient of $f = " + latex + "$ at $" + p + "$",
                GradientFieldTexts.explanation(latex, p),
                parameters,
                parts,
                GradientFieldTexts.hints(latex),
                GradientFieldTexts.solution(function, latex, p, g));
    }
}
