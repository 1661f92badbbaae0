package org.gradientlab.engine.optim;

import org.gradientlab.engine.function.DifferentiableFunction;
import org.gradientlab.engine.function.TwiceDifferentiableFunction;

/**
 * Newton's method {@code x ← x − α H⁻¹∇f} with H = ∇²f(x) (α = 1 is the pure Newton step, which
 * minimises a quadratic in one update). The Hessian comes from the objective when it is a
 * {@link TwiceDifferentiableFunction}; otherwise it is approximated by central differences of the
 * gradient, h_i = 1e-5·max(1, |x_i|) (near ∛ε, the step that balances truncation and round-off),
 * and symmetrised. Newton heads for any stationary point, so on a non-convex function it can climb to a
 * maximum or a saddle; a singular H gives a non-finite step, which a run reports as divergence.
 */
final class NewtonOptimizer extends ScheduledOptimizer {

    private double[][] hessian;
    private double[] direction;
    private double[] probe;
    private double[] gradientPlus;
    private double[] gradientMinus;
    private LinearSolver solver;

    NewtonOptimizer(double learningRate, Schedule schedule) {
        super(learningRate, schedule);
    }

    @Override
    void allocate(int n) {
        hessian = new double[n][n];
        direction = new double[n];
        probe = new double[n];
        gradientPlus = new double[n];
        gradientMinus = new double[n];
        solver = new LinearSolver(n);
    }

    @Override
    void apply(double[] x, double[] g, double rate, int t, DifferentiableFunction objective) {
        if (objective instanceof TwiceDifferentiableFunction twice) {
            twice.hessian(x, hessian);
        } else {
            differenceHessian(x, objective);
        }
        solver.solve(hessian, g, direction);
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i] - rate * direction[i];
        }
    }

    private void differenceHessian(double[] x, DifferentiableFunction objective) {
        int n = x.length;
        System.arraycopy(x, 0, probe, 0, n);
        for (int i = 0; i < n; i++) {
            double h = 1e-5 * Math.max(1, Math.abs(x[i]));
            probe[i] = x[i] + h;
            objective.valueAndGradient(probe, gradientPlus);
            probe[i] = x[i] - h;
            objective.valueAndGradient(probe, gradientMinus);
            probe[i] = x[i];
            for (int j = 0; j < n; j++) {
                hessian[i][j] = (gradientPlus[j] - gradientMinus[j]) / (2 * h);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double mean = 0.5 * (hessian[i][j] + hessian[j][i]);
                hessian[i][j] = mean;
                hessian[j][i] = mean;
            }
        }
    }

    @Override
    OptimizerState snapshot(int t, double rate, double[] gradient, double[] update) {
        return new OptimizerState.Newton(t, rate, hessian, gradient, update);
    }
}
