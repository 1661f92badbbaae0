package org.gradientlab.exercises.catalogue;

import java.util.List;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.calculus.Derivatives;
import org.gradientlab.engine.calculus.SymmetricEigen;
import org.gradientlab.engine.optim.StepSizeTheory;

/**
 * The quadratic form f = a·x1² + b·x1·x2 + c·x2² of the critical-learning-rate exercise, with what the engine says
 * about it: its Hessian (autodiff), the Hessian's eigen-decomposition, and the step-size facts for gradient descent.
 */
record Quadratic(double a, double b, double c, String formula, double[][] hessian, SymmetricEigen eigen) {

    static final List<String> VARIABLES = List.of("x1", "x2");
    private static final double[] ORIGIN = {0, 0};
    /** A start is generic when its component along each eigenvector is at least this fraction of its length. */
    private static final double GENERIC = 0.1;

    static Quadratic of(double a, double b, double c) {
        String formula = term(a, "x1^2", true) + term(b, "x1*x2", false) + term(c, "x2^2", false);
        CompiledFunction f = Formulas.compile(formula, VARIABLES);
        double[][] h = Derivatives.hessian(f, ORIGIN);
        return new Quadratic(a, b, c, formula, h, SymmetricEigen.of(h));
    }

    private static String term(double k, String monomial, boolean first) {
        if (k == 0) {
            return "";
        }
        String sign = k < 0 ? (first ? "-" : " - ") : (first ? "" : " + ");
        double m = Math.abs(k);
        return sign + (m == 1 ? "" : ParameterValues.text(m) + "*") + monomial;
    }

    /** f in LaTeX, as the engine prints it. */
    String latex() {
        return Formulas.latex(formula, VARIABLES);
    }

    /** f(x), from the compiled formula. */
    double value(double[] x) {
        return Formulas.compile(formula, VARIABLES).value(x);
    }

    /** λmin, λmax. */
    double[] eigenvalues() {
        return eigen.values();
    }

    boolean positiveDefinite() {
        return eigen.values()[0] > 0;
    }

    /** 2/λmax. */
    double threshold() {
        return StepSizeTheory.gradientDescentThreshold(eigenvalues());
    }

    /** 1/λmax. */
    double fastestNonOscillating() {
        return StepSizeTheory.fastestNonOscillatingStep(eigenvalues());
    }

    /** Whether {@code start} has a clear component along every eigenvector, so that no run hides the bound. */
    boolean generic(double[] start) {
        double length = Math.hypot(start[0], start[1]);
        for (int k = 0; k < 2; k++) {
            double[] v = eigen.vector(k);
            if (Math.abs(v[0] * start[0] + v[1] * start[1]) < GENERIC * length) {
                return false;
            }
        }
        return length > 0;
    }

    /** The first of a few fixed starts that is generic for this quadratic. */
    double[] genericStart() {
        for (double[] s : new double[][] {{2, 3}, {3, -2}, {-2, 3}, {1, 3}, {3, 1}}) {
            if (generic(s)) {
                return s;
            }
        }
        throw new IllegalStateException("no generic start for " + formula);
    }

    /** The eigenvalues as a student would type them, largest first. */
    String[] eigenvalueTexts() {
        double[] l = eigenvalues();
        return new String[] {NumberText.typed(l[1]), NumberText.typed(l[0])};
    }

    /** 2/λmax as a student would type it. */
    String thresholdText() {
        return NumberText.typed(threshold());
    }
}
