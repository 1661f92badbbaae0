package org.gradientlab.engine.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.engine.autodiff.Trees.add;
import static org.gradientlab.engine.autodiff.Trees.call;
import static org.gradientlab.engine.autodiff.Trees.mul;
import static org.gradientlab.engine.autodiff.Trees.n;
import static org.gradientlab.engine.autodiff.Trees.pow;
import static org.gradientlab.engine.autodiff.Trees.v;

import java.util.List;
import org.gradientlab.engine.autodiff.Trees;
import org.gradientlab.engine.expr.Expr;
import org.gradientlab.engine.expr.Expr.Function;
import org.gradientlab.engine.function.DifferentiableFunction;
import org.junit.jupiter.api.Test;

class DerivativesTest {

    /** f(x) = x0·x1 written by hand, to check that any DifferentiableFunction is accepted. */
    private static final DifferentiableFunction PRODUCT = new DifferentiableFunction() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] x) {
            return x[0] * x[1];
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            gradient[0] = x[1];
            gradient[1] = x[0];
            return value(x);
        }
    };

    @Test
    void derivative_of_the_cubic_is_three_x_squared_minus_two() {
        assertThat(Derivatives.derivative(Trees.cubic(), "x", 1.5)).isEqualTo(4.75);
        assertThat(Derivatives.derivative(Trees.cubic(), "x", -2.0)).isEqualTo(10.0);
    }

    @Test
    void jacobian_of_polar_coordinates_has_rows_per_output() {
        // (r cos θ, r sin θ): J = [[cos θ, -r sin θ], [sin θ, r cos θ]].
        List<String> variables = List.of("r", "t");
        List<Expr> components =
                List.of(mul(v("r"), call(Function.COS, v("t"))), mul(v("r"), call(Function.SIN, v("t"))));
        double r = 2.0;
        double t = Math.PI / 3;
        double[][] jacobian = Derivatives.jacobian(components, variables, new double[] {r, t});
        assertThat(jacobian[0]).containsExactly(Math.cos(t), -r * Math.sin(t));
        assertThat(jacobian[1]).containsExactly(Math.sin(t), r * Math.cos(t));
    }

    @Test
    void jacobian_accepts_any_differentiable_functions() {
        double[][] jacobian = Derivatives.jacobian(List.of(PRODUCT, PRODUCT), new double[] {3.0, 4.0});
        assertThat(jacobian).isDeepEqualTo(new double[][] {{4.0, 3.0}, {4.0, 3.0}});
    }

    @Test
    void hessian_of_a_quadratic_form_is_the_symmetrised_matrix() {
        // x^T A x with A = [[1, 2], [0, 3]] has Hessian A + A^T = [[2, 2], [2, 6]] everywhere.
        Expr form = add(add(mul(n(1), pow(v("x"), 2)), mul(n(2), mul(v("x"), v("y")))), mul(n(3), pow(v("y"), 2)));
        double[][] hessian = Derivatives.hessian(form, List.of("x", "y"), new double[] {0.7, -5.0});
        assertThat(hessian).isDeepEqualTo(new double[][] {{2.0, 2.0}, {2.0, 6.0}});
    }

    @Test
    void directional_derivative_is_the_gradient_dotted_with_the_direction() {
        // ∇(x0·x1) = (x1, x0) = (4, 3) at (3, 4); along (0.6, 0.8): 2.4 + 2.4 = 4.8.
        assertThat(Derivatives.directional(PRODUCT, new double[] {3.0, 4.0}, new double[] {0.6, 0.8}))
                .isCloseTo(4.8, within(1e-15));
    }

    @Test
    void a_point_of_the_wrong_dimension_is_rejected() {
        CalculusException error =
                catchThrowableOfType(CalculusException.class, () -> Derivatives.gradient(PRODUCT, new double[] {1.0}));
        assertThat(error.key()).isEqualTo(CalculusException.Key.WRONG_DIMENSION);
        assertThat(error.arguments()).containsExactly(2, 1);
    }
}
