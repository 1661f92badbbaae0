package org.gradientlab.exercises.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.engine.optim.Trajectory;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.Variant;

/**
 * Gradient descent by hand: on the bowl f = (x1 − c1)² + (x2 − c2)², compute ∇f at the start and the iterates
 * after one and two updates x ← x − α∇f(x), which the engine's gradient-descent run produces. Variant 0 is the
 * course material's bowl (x1 − 2)² + (x2 + 1)² from (−2, 3) with α = 0.3.
 */
public final class GdByHandExercise implements Exercise {

    static final String ID = "gd-by-hand";
    static final String CENTRE = "centre";
    static final String START = "start";
    static final String LEARNING_RATE = "learning-rate";
    static final List<String> VARIABLES = List.of("x1", "x2");
    /** Typed coordinates need four significant figures. */
    static final Tolerance TOLERANCE = Tolerance.significantFigures(4);

    /**
     * The numbers of one variant and what the engine computed from them.
     *
     * @param centre   the bowl's minimiser (c1, c2)
     * @param start    x_0, different from the centre in both coordinates
     * @param alpha    the learning rate
     * @param formula  f in the expression language
     * @param path      x_0, x_1, x_2 from the engine's run
     * @param gradients ∇f(x_0) and ∇f(x_1), from the engine
     */
    record Bowl(double[] centre, double[] start, double alpha, String formula, double[][] path, double[][] gradients) {

        static Bowl of(double[] centre, double[] start, double alpha) {
            String formula = "(x1" + shift(centre[0]) + ")^2 + (x2" + shift(centre[1]) + ")^2";
            CompiledFunction f = Formulas.compile(formula, VARIABLES);
            Trajectory run = Runner.run(OptimizerSpec.gradientDescent(alpha).create(), f, start, StopRule.steps(2))
                    .trajectory();
            double[][] gradients = new double[2][2];
            f.valueAndGradient(run.point(0), gradients[0]);
            f.valueAndGradient(run.point(1), gradients[1]);
            return new Bowl(centre, start, alpha, formula, run.points(), gradients);
        }

        /** ∇f(x_0). */
        double[] gradient() {
            return gradients[0];
        }

        private static String shift(double c) {
            return c == 0 ? "" : c > 0 ? " - " + ParameterValues.text(c) : " + " + ParameterValues.text(-c);
        }

        /** f in LaTeX. */
        String latex() {
            return Formulas.latex(formula, VARIABLES);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Gradient descent by hand";
    }

    @Override
    public String unit() {
        return "Gradient descent";
    }

    @Override
    public String summary() {
        return "Compute the first two gradient-descent iterates on a bowl by hand.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(CENTRE, "2, -1", "The bowl's minimiser (c1, c2) in f = (x1 − c1)² + (x2 − c2)²."),
                new Parameter(
                        START, "-2, 3", "The start point x0; it must differ from the centre in both coordinates."),
                new Parameter(
                        LEARNING_RATE,
                        "0.3",
                        "The learning rate α, between 0 and 0.5 (exclusive) so that "
                                + "the iterates approach the centre without overshooting it."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(CENTRE, START, LEARNING_RATE));
        VariantRandom r = VariantRandom.of(ID, number);
        double[] centre = {r.pickInt(-2, -1, 0, 1, 2, 3), r.pickInt(-2, -1, 0, 1, 2, 3)};
        double[] start = {centre[0] + r.pickInt(-4, -3, -2, 2, 3, 4), centre[1] + r.pickInt(-4, -3, -2, 2, 3, 4)};
        double alpha = r.pick(0.1, 0.2, 0.25, 0.3, 0.4);
        if (number == 0) {
            centre = new double[] {2, -1};
            start = new double[] {-2, 3};
            alpha = 0.3;
        }
        if (overrides.containsKey(CENTRE)) {
            centre = ParameterValues.point(CENTRE, overrides.get(CENTRE), 2);
        }
        if (overrides.containsKey(START)) {
            start = ParameterValues.point(START, overrides.get(START), 2);
        }
        if (overrides.containsKey(LEARNING_RATE)) {
            alpha = ParameterValues.number(LEARNING_RATE, overrides.get(LEARNING_RATE), 0, 0.5);
        }
        if (start[0] == centre[0] || start[1] == centre[1]) {
            throw new ParameterException(ParameterProblem.of(
                    START,
                    ParameterProblem.Key.UNSUITABLE,
                    overrides.getOrDefault(START, pair(start)),
                    "it must differ from the centre in both coordinates"));
        }
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new ParameterException(
                    ParameterProblem.of(LEARNING_RATE, ParameterProblem.Key.OUT_OF_RANGE, LEARNING_RATE, 0, 0.5));
        }
        return variantOf(number, Bowl.of(centre, start, alpha));
    }

    private static Variant variantOf(int number, Bowl b) {
        double[] x0 = b.path()[0];
        double[] x1 = b.path()[1];
        double[] x2 = b.path()[2];
        double[] g0 = b.gradient();
        double a = b.alpha();
        List<Part> parts = List.of(
                vector("gradient-at-start", "$\\nabla f(x_0)$, the gradient at the start", g0)
                        .wrong("without the factor 2 of the square", g0[0] / 2, g0[1] / 2)
                        .wrong("the sign of each entry flipped", -g0[0], -g0[1])
                        .commonMistakes("x1")
                        .build(),
                vector("step-1", "$x_1 = x_0 - \\alpha \\nabla f(x_0)$, the point after one update", x1)
                        .wrong("moved along +∇f (uphill)", x0[0] + a * g0[0], x0[1] + a * g0[1])
                        .wrong("the gradient without its factor 2", x0[0] - a * g0[0] / 2, x0[1] - a * g0[1] / 2)
                        .wrong("the step α∇f(x0) instead of the new point", a * g0[0], a * g0[1])
                        .commonMistakes("x1")
                        .build(),
                vector("step-2", "$x_2 = x_1 - \\alpha \\nabla f(x_1)$, the point after two updates", x2)
                        .wrong("the first step's gradient used again", x1[0] - a * g0[0], x1[1] - a * g0[1])
                        .wrong("the point after one update", x1[0], x1[1])
                        .commonMistakes("x1")
                        .build());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(CENTRE, pair(b.centre()));
        parameters.put(START, pair(b.start()));
        parameters.put(LEARNING_RATE, ParameterValues.text(a));
        return new Variant(
                ID,
                number,
                "Gradient descent by hand on $f = " + b.latex() + "$",
                GdByHandTexts.explanation(b),
                parameters,
                parts,
                GdByHandTexts.hints(b),
                GdByHandTexts.solution(b));
    }

    private static String pair(double[] p) {
        return ParameterValues.text(p[0]) + ", " + ParameterValues.text(p[1]);
    }

    private static VectorPart vector(String id, String what, double[] value) {
        return VectorPart.of(
                id,
                "Give " + what + ", as two numbers $(x_1, x_2)$ (four significant figures are " + "enough).",
                value,
                Map.of(),
                TOLERANCE);
    }
}
