package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.calculus.Derivatives;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.Variant;

/**
 * Gradient identities in R³: ∇(aᵀx) = a, ∇(xᵀx) = 2x and ∇(xᵀAx) = (A + Aᵀ)x, which is 2Ax only for symmetric A,
 * evaluated at a given x; the engine differentiates the expanded sums. Variant 0 is the course material's
 * x = (1, −2, 0.5), a = (3, 1, −2) and symmetric A = [[2, 1, 0], [1, 3, 1], [0, 1, 2]]; every fourth variant
 * has a non-symmetric A, to practise the general rule.
 */
public final class GradientIdentitiesExercise implements Exercise {

    static final String ID = "gradient-identities";
    static final String POINT = "point";
    static final String VECTOR = "a";
    static final String MATRIX = "matrix";
    static final List<String> VARIABLES = List.of("x1", "x2", "x3");
    /** Entries typed to four significant figures (or as formulas in x1, x2, x3). */
    static final Tolerance TOLERANCE = Tolerance.significantFigures(4);

    /**
     * The numbers of one variant and the engine's gradients.
     *
     * @param x         the point
     * @param a         the vector of aᵀx
     * @param m         the matrix of xᵀAx, rows outer
     * @param gradients ∇(aᵀx), ∇(xᵀx), ∇(xᵀAx) at x
     */
    record Identities(double[] x, double[] a, double[][] m, double[][] gradients) {

        static Identities of(double[] x, double[] a, double[][] m) {
            List<String> linear = new ArrayList<>();
            List<String> square = new ArrayList<>();
            List<String> quadratic = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                linear.add("(" + NumberText.exact(a[i]) + ")*" + VARIABLES.get(i));
                square.add(VARIABLES.get(i) + "^2");
                for (int j = 0; j < 3; j++) {
                    quadratic.add("(" + NumberText.exact(m[i][j]) + ")*" + VARIABLES.get(i) + "*" + VARIABLES.get(j));
                }
            }
            double[][] gradients = new double[3][];
            int k = 0;
            for (List<String> terms : List.of(linear, square, quadratic)) {
                gradients[k++] = Derivatives.gradient(
                        Expression.parse(String.join(" + ", terms), new Variables(VARIABLES))
                                .tree(),
                        VARIABLES,
                        x);
            }
            return new Identities(x, a, m, gradients);
        }

        boolean symmetric() {
            return m[0][1] == m[1][0] && m[0][2] == m[2][0] && m[1][2] == m[2][1];
        }

        /** Ax, for the canned answer that forgets the transpose. */
        double[] times(boolean transposed) {
            double[] out = new double[3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    out[i] += (transposed ? m[j][i] : m[i][j]) * x[j];
                }
            }
            return out;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Gradient identities";
    }

    @Override
    public String unit() {
        return "Gradients and Jacobians";
    }

    @Override
    public String summary() {
        return "Use ∇(aᵀx) = a, ∇(xᵀx) = 2x and ∇(xᵀAx) = (A + Aᵀ)x at a given point.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(POINT, "1, -2, 0.5", "The point x = (x1, x2, x3)."),
                new Parameter(VECTOR, "3, 1, -2", "The vector a of aᵀx."),
                new Parameter(
                        MATRIX,
                        "2, 1, 0; 1, 3, 1; 0, 1, 2",
                        "The 3×3 matrix A of xᵀAx, rows separated by semicolons; it need not be symmetric."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(POINT, VECTOR, MATRIX));
        VariantRandom r = VariantRandom.of(ID, number);
        double[] x = new double[3];
        double[] a = new double[3];
        for (int i = 0; i < 3; i++) {
            x[i] = r.pick(-2.0, -1.0, -0.5, 0.5, 1.0, 2.0);
            a[i] = r.pickInt(-3, -2, -1, 1, 2, 3);
        }
        double[][] m = number % 4 == 3 ? general(r) : symmetric(r);
        if (number == 0) {
            x = new double[] {1, -2, 0.5};
            a = new double[] {3, 1, -2};
            m = new double[][] {{2, 1, 0}, {1, 3, 1}, {0, 1, 2}};
        }
        if (overrides.containsKey(POINT)) {
            x = ParameterValues.point(POINT, overrides.get(POINT), 3);
        }
        if (overrides.containsKey(VECTOR)) {
            a = ParameterValues.point(VECTOR, overrides.get(VECTOR), 3);
        }
        if (overrides.containsKey(MATRIX)) {
            m = matrix(overrides.get(MATRIX));
        }
        return variantOf(number, Identities.of(x, a, m));
    }

    private static double[][] symmetric(VariantRandom r) {
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            m[i][i] = r.pickInt(1, 2, 3, 4);
            for (int j = i + 1; j < 3; j++) {
                m[i][j] = r.pickInt(-1, 0, 1, 2);
                m[j][i] = m[i][j];
            }
        }
        return m;
    }

    /** A matrix whose off-diagonal pairs all differ, so A ≠ Aᵀ in every pair. */
    private static double[][] general(VariantRandom r) {
        double[][] m = symmetric(r);
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                m[j][i] = m[i][j] + r.pickInt(-2, -1, 1, 2);
            }
        }
        return m;
    }

    private static double[][] matrix(String text) {
        String[] rows = text.split(";");
        if (rows.length != 3) {
            throw new ParameterException(
                    ParameterProblem.of(MATRIX, ParameterProblem.Key.WRONG_DIMENSION, text, rows.length, 3));
        }
        double[][] m = new double[3][];
        for (int i = 0; i < 3; i++) {
            m[i] = ParameterValues.point(MATRIX, rows[i].strip(), 3);
        }
        return m;
    }

    private static Variant variantOf(int number, Identities id) {
        double[] x = id.x();
        Map<String, Double> at = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            at.put(VARIABLES.get(i), x[i]);
        }
        double[] ax = id.times(false);
        double[] atx = id.times(true);
        double[][] g = id.gradients();
        String where = " at $x = " + GradientIdentitiesTexts.vector(x) + "$: three entries, each a number (four "
                + "significant figures) or a formula in `x1`, `x2`, `x3`, which is evaluated at $x$.";
        VectorPart quadratic = VectorPart.of(
                        "quadratic-form", "Give $\\nabla(x^\\top A x)$" + where, g[2], at, TOLERANCE)
                .weight(2);
        if (id.symmetric()) {
            quadratic.wrong("Ax, half of the gradient", ax);
        } else {
            quadratic
                    .wrong("2Ax, the rule for symmetric A", 2 * ax[0], 2 * ax[1], 2 * ax[2])
                    .wrong("Ax, one of the two halves", ax)
                    .wrong("2Aᵀx", 2 * atx[0], 2 * atx[1], 2 * atx[2]);
        }
        List<Part> parts = List.of(
                VectorPart.of("linear", "Give $\\nabla(a^\\top x)$" + where, g[0], at, TOLERANCE)
                        .wrong("x instead of a", x)
                        .commonMistakes("x4")
                        .build(),
                VectorPart.of("squared-norm", "Give $\\nabla(x^\\top x)$" + where, g[1], at, TOLERANCE)
                        .wrong("x, without the factor 2", x)
                        .commonMistakes("x4")
                        .build(),
                quadratic.commonMistakes("x4").build());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(POINT, list(x));
        parameters.put(VECTOR, list(id.a()));
        parameters.put(MATRIX, list(id.m()[0]) + "; " + list(id.m()[1]) + "; " + list(id.m()[2]));
        return new Variant(
                ID,
                number,
                "Gradient identities at $x = " + GradientIdentitiesTexts.vector(x) + "$",
                GradientIdentitiesTexts.explanation(id),
                parameters,
                parts,
                GradientIdentitiesTexts.hints(id),
                GradientIdentitiesTexts.solution(id));
    }

    private static String list(double[] v) {
        return ParameterValues.text(v[0]) + ", " + ParameterValues.text(v[1]) + ", " + ParameterValues.text(v[2]);
    }
}
