package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Domain;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.ExpressionCheck;
import org.gradientlab.exercises.MatrixCheck;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.Variant;

/**
 * The Jacobian of f: R² → R³ at a point, J_ij = ∂f_i/∂x_j (rows = outputs, columns = variables), filled in cell by
 * cell (a number or a formula in x1, x2 evaluated at the point); then the denominator 2h of the central
 * difference that approximates each cell. Variant 0 is the course material's f = [x1², x1·x2, sin x2] at (2, 1).
 */
public final class JacobianExercise implements Exercise {

    static final String ID = "jacobian";
    static final String COMPONENTS = "components";
    static final String POINT = "point";
    private static final Variables XS = Variables.of("x1", "x2");
    /** Typed cells must agree to about three significant figures (0.540 for cos 1). */
    static final Tolerance CELL_TOLERANCE = new Tolerance(1e-3, 1e-6);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Jacobian";
    }

    @Override
    public String unit() {
        return "Gradients and Jacobians";
    }

    @Override
    public String summary() {
        return "Fill in the Jacobian of a vector function at a point, then the central-difference denominator.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(
                        COMPONENTS,
                        "x1^2; x1*x2; sin(x2)",
                        "The three outputs f1; f2; f3 in x1 and x2, separated by semicolons (from the catalogue's "
                                + "list: x1^2, x1*x2, sin(x2), x2^2, cos(x1), exp(x1*x2), x1^2*x2, x1 + 3*x2, "
                                + "sin(x1*x2), x1/x2, x1^3, x2*exp(x1), ln(x1^2 + x2^2))."),
                new Parameter(POINT, "2, 1", "The point (x1, x2) at which the Jacobian is evaluated."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(COMPONENTS, POINT));
        VariantRandom r = VariantRandom.of(ID, number);
        List<JacobianComponent> components = overrides.containsKey(COMPONENTS)
                ? components(overrides.get(COMPONENTS))
                : number == 0 ? JacobianComponent.POOL.subList(0, 3) : draw(r);
        double[] point;
        if (overrides.containsKey(POINT)) {
            point = ParameterValues.point(POINT, overrides.get(POINT), 2);
        } else if (number == 0) {
            point = new double[] {2, 1};
        } else {
            point = new double[] {r.pickInt(-2, -1, 1, 2, 3), r.pickInt(-2, -1, 1, 2, 3)};
        }
        if (point[1] == 0 && components.stream().anyMatch(JacobianComponent::needsNonzeroX2)) {
            throw new ParameterException(ParameterProblem.of(
                    POINT,
                    ParameterProblem.Key.UNSUITABLE,
                    overrides.get(POINT),
                    "a component is undefined where x2 = 0"));
        }
        return variantOf(number, components, point);
    }

    private static List<JacobianComponent> components(String text) {
        String[] parts = text.split(";");
        if (parts.length != 3) {
            throw new ParameterException(
                    ParameterProblem.of(COMPONENTS, ParameterProblem.Key.WRONG_DIMENSION, text, parts.length, 3));
        }
        List<JacobianComponent> out = new ArrayList<>();
        for (String p : parts) {
            out.add(JacobianComponent.byFunction(p.strip())
                    .orElseThrow(() -> new ParameterException(ParameterProblem.of(
                            COMPONENTS,
                            ParameterProblem.Key.UNSUITABLE,
                            p.strip(),
                            "it is not in the catalogue's list of components"))));
        }
        return out;
    }

    private static List<JacobianComponent> draw(VariantRandom r) {
        List<JacobianComponent> pool = new ArrayList<>(JacobianComponent.POOL);
        List<JacobianComponent> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            out.add(pool.remove(r.nextInt(pool.size())));
        }
        return out;
    }

    private static Variant variantOf(int number, List<JacobianComponent> components, double[] point) {
        Map<String, Double> at = new LinkedHashMap<>();
        at.put("x1", point[0]);
        at.put("x2", point[1]);
        List<List<String>> cells =
                components.stream().map(c -> List.of(c.byX1(), c.byX2())).toList();
        String pointText = "(" + ParameterValues.text(point[0]) + ", " + ParameterValues.text(point[1]) + ")";
        String fLatex = "\\begin{bmatrix} "
                + String.join(
                        " \\\\ ",
                        components.stream().map(JacobianComponent::latex).toList()) + " \\end{bmatrix}";
        Part jacobian = new Part(
                "jacobian",
                AnswerType.MATRIX,
                "Fill in the Jacobian $J$ of $f(x_1, x_2) = " + fLatex + "$ at $(x_1, x_2) = " + pointText
                        + "$, one row "
                        + "per output $f_i$ and one column per variable. Each cell may be a number (three significant "
                        + "figures are enough) or a formula in `x1` and `x2`, which is evaluated at the point.",
                3,
                Answer.grid(cells),
                new MatrixCheck(partials(components), at, CELL_TOLERANCE, true),
                jacobianMistakes(cells, at));
        Part denominator = new Part(
                "fd-denominator",
                AnswerType.EXPRESSION,
                "The central difference approximates each cell by $\\dfrac{f_i(x + h\\,e_j) - f_i(x - h\\,e_j)}{\\square}$, "
                        + "where $e_j$ is the $j$-th unit vector. What goes in the box? Type a formula in `h`.",
                1,
                Answer.text("2*h"),
                ExpressionCheck.expression("2*h", Domain.uniform(List.of("h"), 1e-6, 1)),
                List.of(CannedAnswer.of("the forward difference's h", Answer.text("h"), Note.CONSTANT_FACTOR)));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(
                COMPONENTS,
                String.join(
                        "; ",
                        components.stream().map(JacobianComponent::function).toList()));
        parameters.put(POINT, ParameterValues.text(point[0]) + ", " + ParameterValues.text(point[1]));
        return new Variant(
                ID,
                number,
                "Jacobian of $f = " + fLatex + "$ at $" + pointText + "$",
                JacobianTexts.explanation(fLatex, pointText),
                parameters,
                List.of(jacobian, denominator),
                JacobianTexts.hints(components, pointText),
                JacobianTexts.solution(components, at, pointText));
    }

    /** A transposed grid, a row with its two partial derivatives swapped, a missing column, an unknown variable. */
    private static List<CannedAnswer> jacobianMistakes(List<List<String>> cells, Map<String, Double> at) {
        List<CannedAnswer> canned = new ArrayList<>();
        List<List<String>> transposed = List.of(
                List.of(cells.get(0).get(0), cells.get(1).get(0), cells.get(2).get(0)),
                List.of(cells.get(0).get(1), cells.get(1).get(1), cells.get(2).get(1)));
        canned.add(CannedAnswer.of("transposed (rows = variables)", Answer.grid(transposed), Note.TRANSPOSED_JACOBIAN));
        for (int i = 0; i < 3; i++) {
            double a = value(cells.get(i).get(0), at);
            double b = value(cells.get(i).get(1), at);
            if (!CELL_TOLERANCE.accepts(a, b) || !CELL_TOLERANCE.accepts(b, a)) {
                List<List<String>> swapped = new ArrayList<>(cells);
                swapped.set(i, List.of(cells.get(i).get(1), cells.get(i).get(0)));
                canned.add(CannedAnswer.of(
                        "row " + (i + 1) + " differentiated by the wrong variables",
                        Answer.grid(swapped),
                        Note.WRONG_ENTRY));
                break;
            }
        }
        canned.add(CannedAnswer.of(
                "only the first column",
                Answer.grid(cells.stream().map(r -> List.of(r.get(0))).toList()),
                Note.WRONG_ENTRY));
        List<List<String>> unknown = new ArrayList<>(cells);
        unknown.set(0, List.of("x3", cells.get(0).get(1)));
        canned.add(CannedAnswer.invalid("a variable that does not exist", Answer.grid(unknown), Note.UNKNOWN_VARIABLE));
        return canned;
    }

    /** The engine's partial derivatives of the components: the reference the typed model answer is checked against. */
    private static List<List<String>> partials(List<JacobianComponent> components) {
        return components.stream()
                .map(c -> {
                    Expression f = Expression.parse(c.function(), XS);
                    return List.of(
                            f.derivative("x1").toText(), f.derivative("x2").toText());
                })
                .toList();
    }

    static double value(String formula, Map<String, Double> at) {
        return Expression.parse(formula, XS).evaluate(at);
    }
}
