package org.gradientlab.engine.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.autodiff.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiniteDifferenceTest {

    private static final DoubleUnaryOperator SQUARE = x -> x * x;

    @Test
    void one_sided_differences_of_a_quadratic_miss_by_exactly_h() {
        // (f(x+h) - f(x))/h = 2x + h for f = x²; at x = 3, h = 1/2 every step is exact in binary.
        assertThat(FiniteDifference.FORWARD.derivative(SQUARE, 3.0, 0.5)).isEqualTo(6.5);
        assertThat(FiniteDifference.BACKWARD.derivative(SQUARE, 3.0, 0.5)).isEqualTo(5.5);
        assertThat(FiniteDifference.CENTRAL.derivative(SQUARE, 3.0, 0.5)).isEqualTo(6.0);
    }

    @Test
    void central_error_shrinks_like_h_squared_and_forward_error_like_h() {
        // For exp at 0 the leading errors are h/2 (forward) and h²/6 (central): a step 10× smaller divides
        // them by 10 and 100, up to the next term of the series (a few percent at these steps).
        double forwardRatio = error(FiniteDifference.FORWARD, 1e-2) / error(FiniteDifference.FORWARD, 1e-3);
        double centralRatio = error(FiniteDifference.CENTRAL, 1e-2) / error(FiniteDifference.CENTRAL, 1e-3);
        assertThat(forwardRatio).isCloseTo(10.0, within(0.2));
        assertThat(centralRatio).isCloseTo(100.0, within(1.0));
    }

    private static double error(FiniteDifference scheme, double h) {
        return Math.abs(scheme.derivative(Math::exp, 0.0, h) - 1.0);
    }

    @Test
    void gradient_by_central_differences_approximates_the_exact_gradient_without_touching_the_point() {
        CompiledFunction rosenbrock = CompiledFunction.compile(Trees.rosenbrock(), List.of("x", "y"));
        double[] point = {-1.2, 1.0};
        double[] approximate = FiniteDifference.CENTRAL.gradient(rosenbrock::value, point, 1e-6);
        double[] exact = Derivatives.gradient(rosenbrock, point);
        // h = 1e-6: truncation ~h²·f''' ≈ 1e-9, round-off ~ε·|f|/h ≈ 1e-8 for |f| ≈ 24.
        assertThat(approximate[0]).isCloseTo(exact[0], within(1e-6));
        assertThat(approximate[1]).isCloseTo(exact[1], within(1e-6));
        assertThat(point).containsExactly(-1.2, 1.0);
    }

    @Test
    void directional_difference_approximates_the_gradient_dotted_with_the_direction() {
        CompiledFunction rosenbrock = CompiledFunction.compile(Trees.rosenbrock(), List.of("x", "y"));
        double[] point = {0.5, -0.3};
        double[] direction = {0.6, 0.8};
        double approximate = FiniteDifference.CENTRAL.directional(rosenbrock::value, point, direction, 1e-6);
        assertThat(approximate).isCloseTo(Derivatives.directional(rosenbrock, point, direction), within(1e-6));
    }

    @Test
    void hessian_from_differences_of_the_gradient_approximates_the_exact_hessian() {
        CompiledFunction rosenbrock = CompiledFunction.compile(Trees.rosenbrock(), List.of("x", "y"));
        double[] point = {-1.2, 1.0};
        double[][] approximate = FiniteDifference.CENTRAL.hessian(rosenbrock, point, 1e-5);
        double[][] exact = Derivatives.hessian(rosenbrock, point);
        // Entries are up to ~1300; h = 1e-5 leaves truncation ~h²·|∇⁴f| ≈ 1e-7 and round-off ~ε·|∇f|/h ≈ 1e-9.
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(approximate[i][j]).isCloseTo(exact[i][j], within(1e-5));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1e-3, Double.NaN, Double.POSITIVE_INFINITY})
    void a_step_that_is_not_positive_and_finite_is_rejected(double h) {
        CalculusException error = catchThrowableOfType(
                CalculusException.class, () -> FiniteDifference.CENTRAL.derivative(SQUARE, 1.0, h));
        assertThat(error.key()).isEqualTo(CalculusException.Key.STEP_NOT_POSITIVE);
        assertThat(error.arguments()).containsExactly(h);
    }

    @Test
    void a_direction_of_the_wrong_length_is_rejected() {
        CalculusException error = catchThrowableOfType(
                CalculusException.class,
                () -> FiniteDifference.CENTRAL.directional(x -> x[0], new double[] {1, 2}, new double[] {1}, 1e-3));
        assertThat(error.key()).isEqualTo(CalculusException.Key.WRONG_DIMENSION);
        assertThat(error.arguments()).containsExactly(2, 1);
    }
}
