package org.gradientlab.engine.optim;

/**
 * Step-size facts for a quadratic f(x) = ½xᵀHx + bᵀx + c with positive-definite Hessian H, given its
 * eigenvalues λ. Gradient descent multiplies the error along each eigenvector by 1 − αλ, so it
 * converges from every start iff 0 &lt; α &lt; 2/λmax; α = 1/λmax is the fastest step that does not
 * oscillate in the stiffest direction; α = 2/(λmin + λmax) minimises the worst factor, which is then
 * (κ − 1)/(κ + 1) with κ = λmax/λmin. Heavy-ball (or velocity-form) momentum with 0 ≤ β &lt; 1 is stable
 * iff 0 &lt; αλ &lt; 2 + 2β for every λ; the EMA form iff 0 &lt; α(1−β)λ &lt; 2 + 2β.
 */
public final class StepSizeTheory {

    private StepSizeTheory() {}

    /** 2/λmax: gradient descent diverges from a generic start for every α above it. */
    public static double gradientDescentThreshold(double... eigenvalues) {
        return 2 / max(eigenvalues);
    }

    /** 1/λmax: the largest step that does not oscillate in any eigendirection. */
    public static double fastestNonOscillatingStep(double... eigenvalues) {
        return 1 / max(eigenvalues);
    }

    /** 2/(λmin + λmax): the step with the smallest worst-case contraction factor. */
    public static double optimalStep(double... eigenvalues) {
        return 2 / (min(eigenvalues) + max(eigenvalues));
    }

    /** max over λ of |1 − αλ|: the factor by which GD shrinks the error per step in the worst direction. */
    public static double contractionFactor(double alpha, double... eigenvalues) {
        check(eigenvalues);
        double worst = 0;
        for (double lambda : eigenvalues) {
            worst = Math.max(worst, Math.abs(1 - alpha * lambda));
        }
        return worst;
    }

    /** Whether GD with step α converges from every start: 0 &lt; α &lt; 2/λmax. */
    public static boolean gradientDescentConverges(double alpha, double... eigenvalues) {
        return alpha > 0 && alpha * max(eigenvalues) < 2;
    }

    /**
     * The largest stable α for momentum in the given form: (2 + 2β)/λmax for the velocity and
     * heavy-ball forms, (2 + 2β)/((1 − β)λmax) for the EMA form.
     */
    public static double momentumThreshold(MomentumForm form, double beta, double... eigenvalues) {
        Check.decayRate("β", beta);
        double bound = (2 + 2 * beta) / max(eigenvalues);
        return form == MomentumForm.EMA ? bound / (1 - beta) : bound;
    }

    /** Whether momentum in the given form converges from every start: every αλ (or α(1−β)λ) in (0, 2 + 2β). */
    public static boolean momentumConverges(MomentumForm form, double alpha, double beta, double... eigenvalues) {
        Check.decayRate("β", beta);
        double effective = form == MomentumForm.EMA ? alpha * (1 - beta) : alpha;
        return effective > 0 && effective * max(eigenvalues) < 2 + 2 * beta;
    }

    private static double max(double[] eigenvalues) {
        check(eigenvalues);
        double max = eigenvalues[0];
        for (double lambda : eigenvalues) {
            max = Math.max(max, lambda);
        }
        return max;
    }

    private static double min(double[] eigenvalues) {
        check(eigenvalues);
        double min = eigenvalues[0];
        for (double lambda : eigenvalues) {
            min = Math.min(min, lambda);
        }
        return min;
    }

    private static void check(double[] eigenvalues) {
        if (eigenvalues.length == 0) {
            throw new OptimException(OptimMessage.EIGENVALUES_MISSING);
        }
        for (double lambda : eigenvalues) {
            if (!(Double.isFinite(lambda) && lambda > 0)) {
                throw new OptimException(OptimMessage.EIGENVALUE_NOT_POSITIVE, lambda);
            }
        }
    }
}
