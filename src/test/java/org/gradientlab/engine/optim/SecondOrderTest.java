package org.gradientlab.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.engine.optim.Near.assertNear;

import java.util.OptionalDouble;
import org.gradientlab.engine.function.DifferentiableFunction;
import org.gradientlab.engine.function.TwiceDifferentiableFunction;
import org.gradientlab.engine.landscape.Landscapes;
import org.junit.jupiter.api.Test;

/** Newton's method and L-BFGS. */
class SecondOrderTest {

    /** ½xᵀAx − bᵀx with A = [[3, 1], [1, 2]] (not diagonal), b = (1, −1): minimiser A⁻¹b = (0.6, −0.8). */
    private static final TwiceDifferentiableFunction COUPLED = new TwiceDifferentiableFunction() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] x) {
            return 0.5 * (3 * x[0] * x[0] + 2 * x[0] * x[1] + 2 * x[1] * x[1]) - x[0] + x[1];
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            gradient[0] = 3 * x[0] + x[1] - 1;
            gradient[1] = x[0] + 2 * x[1] + 1;
            return value(x);
        }

        @Override
        public void hessian(double[] x, double[][] hessian) {
            hessian[0][0] = 3;
            hessian[0][1] = 1;
            hessian[1][0] = 1;
            hessian[1][1] = 2;
        }
    };

    /** The same function without its Hessian, so Newton must difference the gradient. */
    private static final DifferentiableFunction COUPLED_FIRST_ORDER = new DifferentiableFunction() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] x) {
            return COUPLED.value(x);
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            return COUPLED.valueAndGradient(x, gradient);
        }
    };

    @Test
    void newton_solves_a_quadratic_in_one_step() {
        double[] x = {5, 7};
        Optimizers.newton().step(x, COUPLED);
        // Exact solve of a 2×2 system: a few roundings on numbers of size ≤ 10.
        assertNear("coupled quadratic", x, new double[] {0.6, -0.8}, 0, 1e-14);

        double[] bowl = {-2, 3};
        Optimizers.newton().step(bowl, Landscapes.BOWL);
        assertThat(bowl).containsExactly(2, -1);

        OptimizerState.Newton state =
                (OptimizerState.Newton) newtonAfterOneStep().state().orElseThrow();
        assertThat(state.hessian()).isDeepEqualTo(new double[][] {{3, 1}, {1, 2}});
    }

    private static Optimizer newtonAfterOneStep() {
        Optimizer newton = Optimizers.newton();
        newton.step(new double[] {5, 7}, COUPLED);
        return newton;
    }

    @Test
    void without_a_hessian_newton_differences_the_gradient() {
        double[] x = {5, 7};
        Optimizers.newton().step(x, COUPLED_FIRST_ORDER);
        // The gradient is linear, so central differences are exact up to round-off (~1e-16/1e-5 relative).
        assertNear("coupled quadratic", x, new double[] {0.6, -0.8}, 0, 1e-9);
    }

    @Test
    void newton_reaches_the_rosenbrock_minimum_in_a_handful_of_steps() {
        RunResult run = Runner.run(
                Optimizers.newton(),
                Landscapes.ROSENBROCK,
                new double[] {-0.5, 0.5},
                StopRule.steps(20).whenWithin(1e-10, new double[] {1, 1}),
                OptionalDouble.of(0));
        assertThat(run.reason()).isEqualTo(StopReason.DISTANCE);
        assertThat(run.step()).isLessThanOrEqualTo(10);
    }

    @Test
    void newton_climbs_to_the_local_maximum_of_the_double_well_when_started_beside_it() {
        double[] x = {0.3};
        Optimizer newton = Optimizers.newton();
        for (int k = 0; k < 20; k++) {
            newton.step(x, Landscapes.DOUBLE_WELL);
        }
        // Newton seeks ∇f = 0, not a minimum: from 0.3 it converges to the hump at 0.16698.
        assertThat(x[0]).isCloseTo(0.1669770361297368, within(1e-12));
    }

    @Test
    void a_singular_hessian_makes_the_run_diverge_as_a_result() {
        RunResult run = Runner.run(
                Optimizers.newton(), new Linear(new double[] {1, 2}), new double[] {0, 0}, StopRule.steps(5));
        assertThat(run.reason()).isEqualTo(StopReason.DIVERGED);
        assertThat(run.step()).isEqualTo(1);
    }

    @Test
    void lbfgs_reaches_the_rosenbrock_minimum_from_the_course_starts() {
        double[][] starts = {{-0.5, 0.5}, {-2, 2}, {-1, 1}};
        for (double[] start : starts) {
            RunResult run = Runner.run(
                    Optimizers.lbfgs(),
                    Landscapes.ROSENBROCK,
                    start,
                    StopRule.steps(500).whenWithin(1e-8, new double[] {1, 1}),
                    OptionalDouble.of(0));
            assertThat(run.reason()).as("from (%s, %s)", start[0], start[1]).isEqualTo(StopReason.DISTANCE);
            assertThat(run.step()).as("from (%s, %s)", start[0], start[1]).isLessThan(100);
        }
    }

    @Test
    void lbfgs_keeps_at_most_its_memory_of_curvature_pairs_and_never_increases_f() {
        Optimizer lbfgs = new OptimizerSpec.Lbfgs(1, 3).create();
        double[] x = {-2, 2};
        double previous = Landscapes.ROSENBROCK.value(x);
        for (int k = 0; k < 30; k++) {
            lbfgs.step(x, Landscapes.ROSENBROCK);
            OptimizerState.Lbfgs state = (OptimizerState.Lbfgs) lbfgs.state().orElseThrow();
            assertThat(state.pairs()).isBetween(0, 3);
            double current = Landscapes.ROSENBROCK.value(x);
            assertThat(current).as("Armijo backtracking only accepts decreases").isLessThanOrEqualTo(previous);
            previous = current;
        }
    }

    @Test
    void lbfgs_minimises_a_quadratic_to_round_off_within_a_few_steps() {
        RunResult run = Runner.run(
                Optimizers.lbfgs(),
                COUPLED,
                new double[] {5, 7},
                StopRule.steps(20).whenWithin(1e-12, new double[] {0.6, -0.8}));
        assertThat(run.reason()).isEqualTo(StopReason.DISTANCE);
        assertThat(run.step()).isLessThan(10);
    }
}
