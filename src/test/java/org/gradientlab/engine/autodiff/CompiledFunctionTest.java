package org.gradientlab.engine.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.engine.autodiff.Trees.add;
import static org.gradientlab.engine.autodiff.Trees.call;
import static org.gradientlab.engine.autodiff.Trees.div;
import static org.gradientlab.engine.autodiff.Trees.mul;
import static org.gradientlab.engine.autodiff.Trees.n;
import static org.gradientlab.engine.autodiff.Trees.pow;
import static org.gradientlab.engine.autodiff.Trees.v;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.gradientlab.engine.expr.Expr;
import org.gradientlab.engine.expr.Expr.Function;
import org.junit.jupiter.api.Test;

class CompiledFunctionTest {

    private static final List<String> XY = List.of("x", "y");

    private static double[] gradient(CompiledFunction f, double... x) {
        double[] g = new double[x.length];
        f.valueAndGradient(x, g);
        return g;
    }

    @Test
    void rosenbrock_value_and_gradient_match_the_closed_form() {
        CompiledFunction f = CompiledFunction.compile(Trees.rosenbrock(), XY);
        double[][] points = {{-1.2, 1.0}, {1.0, 1.0}, {0.3, -2.5}, {2.0, 4.5}};
        for (double[] p : points) {
            double x = p[0];
            double y = p[1];
            // f = (1-x)² + 100(y-x²)², ∂f/∂x = -2(1-x) - 400x(y-x²), ∂f/∂y = 200(y-x²); 1e-12 relative covers
            // the different order of the same few roundings.
            double[] g = new double[2];
            double value = f.valueAndGradient(p, g);
            double inner = y - x * x;
            assertThat(value).isCloseTo((1 - x) * (1 - x) + 100 * inner * inner, within(1e-12 * (1 + Math.abs(value))));
            assertThat(g[0]).isCloseTo(-2 * (1 - x) - 400 * x * inner, within(1e-12 * (1 + Math.abs(g[0]))));
            assertThat(g[1]).isCloseTo(200 * inner, within(1e-12 * (1 + Math.abs(g[1]))));
            assertThat(f.value(p)).isEqualTo(value);
        }
    }

    @Test
    void integer_powers_are_multiplied_out_with_exact_derivatives() {
        CompiledFunction cube = CompiledFunction.compile(pow(v("x"), 3), List.of("x"));
        assertThat(cube.value(new double[] {-2.0})).isEqualTo(-8.0);
        assertThat(gradient(cube, -2.0)).containsExactly(12.0);
        CompiledFunction inverseSquare = CompiledFunction.compile(pow(v("x"), -2), List.of("x"));
        // x⁻² = 1/4 and -2x⁻³ = -1/4 at x = 2, both exact.
        assertThat(inverseSquare.value(new double[] {2.0})).isEqualTo(0.25);
        assertThat(gradient(inverseSquare, 2.0)).containsExactly(-0.25);
        CompiledFunction seventh = CompiledFunction.compile(pow(v("x"), 7), List.of("x"));
        assertThat(gradient(seventh, -1.5)).containsExactly(7 * Math.pow(-1.5, 6));
        assertThat(CompiledFunction.compile(pow(v("x"), 2), List.of("x")).instructionCount())
                .isEqualTo(1);
    }

    @Test
    void trivial_powers_fold_away() {
        CompiledFunction zeroth = CompiledFunction.compile(pow(v("x"), 0), List.of("x"));
        assertThat(zeroth.instructionCount()).isZero();
        assertThat(zeroth.value(new double[] {0.0})).isEqualTo(1.0);
        assertThat(gradient(zeroth, 0.0)).containsExactly(0.0);
        CompiledFunction first = CompiledFunction.compile(pow(v("x"), 1), List.of("x"));
        assertThat(first.instructionCount()).isZero();
        assertThat(gradient(first, 5.0)).containsExactly(1.0);
    }

    @Test
    void real_powers_and_exponentials_have_their_textbook_derivatives() {
        CompiledFunction root = CompiledFunction.compile(pow(v("x"), 0.5), List.of("x"));
        assertThat(root.value(new double[] {4.0})).isEqualTo(2.0);
        assertThat(gradient(root, 4.0)).containsExactly(0.25);
        CompiledFunction twoToTheX = CompiledFunction.compile(pow(n(2), v("x")), List.of("x"));
        // d 2^x/dx = 2^x·ln 2 = 8 ln 2 at x = 3.
        assertThat(gradient(twoToTheX, 3.0)[0]).isCloseTo(8 * Math.log(2), within(1e-15));
        CompiledFunction general = CompiledFunction.compile(pow(v("x"), v("y")), XY);
        // ∂x^y/∂x = y·x^(y-1) = 12 and ∂x^y/∂y = x^y·ln x = 8 ln 2 at (2, 3).
        double[] g = gradient(general, 2.0, 3.0);
        assertThat(g[0]).isCloseTo(12.0, within(1e-14));
        assertThat(g[1]).isCloseTo(8 * Math.log(2), within(1e-14));
        // At a zero base PyTorch takes 0^y·ln 0 as 0 for y ≥ 0.
        assertThat(gradient(general, 0.0, 2.0)).containsExactly(0.0, 0.0);
    }

    @Test
    void constant_subexpressions_are_folded() {
        Expr scaled = mul(mul(n(2), n(3)), v("x"));
        CompiledFunction f = CompiledFunction.compile(scaled, List.of("x"));
        assertThat(f.instructionCount()).isEqualTo(1);
        assertThat(gradient(f, 1.0)).containsExactly(6.0);
        Expr constant = add(call(Function.SIN, div(new Expr.Const(Expr.Constant.PI), n(2))), n(1));
        CompiledFunction c = CompiledFunction.compile(constant, List.of("x"));
        assertThat(c.instructionCount()).isZero();
        assertThat(c.value(new double[] {7.0})).isEqualTo(2.0);
        assertThat(gradient(c, 7.0)).containsExactly(0.0);
    }

    @Test
    void a_repeated_subexpression_is_computed_once_and_both_uses_count() {
        Expr sinX = call(Function.SIN, v("x"));
        CompiledFunction f = CompiledFunction.compile(add(sinX, sinX), List.of("x"));
        assertThat(f.instructionCount()).isEqualTo(2);
        // d(2 sin x)/dx = 2 cos x.
        assertThat(gradient(f, 0.3)).containsExactly(2 * Math.cos(0.3));
        CompiledFunction square = CompiledFunction.compile(mul(v("x"), v("x")), List.of("x"));
        assertThat(gradient(square, 3.0)).containsExactly(6.0);
    }

    @Test
    void an_operand_read_twice_by_one_instruction_gets_both_contributions() {
        CompiledFunction selfPower = CompiledFunction.compile(pow(v("x"), v("x")), List.of("x"));
        // d(x^x)/dx = x^x·(ln x + 1) = 4(ln 2 + 1) at x = 2: the sum of the base and the exponent rules.
        assertThat(gradient(selfPower, 2.0)[0]).isCloseTo(4 * (Math.log(2) + 1), within(1e-14));
        Expr sinX = call(Function.SIN, v("x"));
        CompiledFunction ratio = CompiledFunction.compile(div(add(sinX, v("y")), add(sinX, v("y"))), XY);
        // (sin x + y)/(sin x + y) = 1: both partials cancel through the shared register.
        assertThat(gradient(ratio, 0.4, 2.0)).containsExactly(new double[] {0.0, 0.0}, within(1e-16));
    }

    @Test
    void a_bare_variable_has_a_unit_gradient() {
        CompiledFunction f = CompiledFunction.compile(v("y"), XY);
        assertThat(f.value(new double[] {4.0, 5.0})).isEqualTo(5.0);
        assertThat(gradient(f, 4.0, 5.0)).containsExactly(0.0, 1.0);
    }

    @Test
    void the_gradient_is_overwritten_not_accumulated() {
        CompiledFunction f = CompiledFunction.compile(Trees.rosenbrock(), XY);
        double[] g = {100.0, 100.0};
        f.valueAndGradient(new double[] {1.0, 1.0}, g);
        assertThat(g).containsExactly(0.0, 0.0);
        f.valueAndGradient(new double[] {1.0, 1.0}, g);
        assertThat(g).containsExactly(0.0, 0.0);
    }

    @Test
    void copies_evaluate_independently() {
        CompiledFunction f = CompiledFunction.compile(Trees.rosenbrock(), XY);
        CompiledFunction copy = f.copy();
        double[] expected = gradient(f, -1.2, 1.0);
        double[] other = new double[2];
        double[] g = new double[2];
        copy.valueAndGradient(new double[] {0.5, 0.5}, other);
        f.valueAndGradient(new double[] {-1.2, 1.0}, g);
        copy.valueAndGradient(new double[] {3.0, -1.0}, other);
        assertThat(g).containsExactly(expected);
        assertThat(copy.variables()).isEqualTo(XY);
    }

    @Test
    void rosenbrock_hessian_matches_the_closed_form() {
        CompiledFunction f = CompiledFunction.compile(Trees.rosenbrock(), XY);
        double[][] h = new double[2][2];
        f.hessian(new double[] {1.0, 1.0}, h);
        // ∇²f = [[2 - 400(y - x²) + 800x², -400x], [-400x, 200]] = [[802, -400], [-400, 200]] at (1, 1).
        assertThat(h[0]).containsExactly(802.0, -400.0);
        assertThat(h[1]).containsExactly(-400.0, 200.0);
        double x = -1.2;
        double y = 1.0;
        f.hessian(new double[] {x, y}, h);
        assertThat(h[0][0]).isCloseTo(2 - 400 * (y - x * x) + 800 * x * x, within(1e-11));
        assertThat(h[0][1]).isCloseTo(-400 * x, within(1e-11));
        assertThat(h[1][0]).isCloseTo(-400 * x, within(1e-11));
        assertThat(h[1][1]).isEqualTo(200.0);
    }

    @Test
    void hessian_vector_product_equals_the_hessian_times_the_vector() {
        Expr expr = add(mul(call(Function.SIN, v("x")), call(Function.EXP, v("y"))), pow(v("x"), v("y")));
        CompiledFunction f = CompiledFunction.compile(expr, XY);
        double[] point = {1.3, 0.4};
        double[] direction = {0.6, -2.0};
        double[][] h = new double[2][2];
        f.hessian(point, h);
        double[] product = new double[2];
        f.hessianVectorProduct(point, direction, product);
        // Same sweeps, different seeds: agreement to rounding (1e-13 relative to entries of order 1).
        for (int i = 0; i < 2; i++) {
            assertThat(product[i]).isCloseTo(h[i][0] * direction[0] + h[i][1] * direction[1], within(1e-13));
        }
    }

    @Test
    void compiling_rejects_unknown_and_duplicate_variables_by_key() {
        AutodiffException unknown =
                catchThrowableOfType(AutodiffException.class, () -> CompiledFunction.compile(add(v("x"), v("w")), XY));
        assertThat(unknown.key()).isEqualTo(AutodiffException.Key.UNKNOWN_VARIABLE);
        assertThat(unknown.arguments()).containsExactly("w", XY);
        AutodiffException duplicate = catchThrowableOfType(
                AutodiffException.class, () -> CompiledFunction.compile(v("x"), List.of("x", "x")));
        assertThat(duplicate.key()).isEqualTo(AutodiffException.Key.DUPLICATE_VARIABLE);
    }

    @Test
    void a_point_of_the_wrong_dimension_is_rejected_by_key() {
        CompiledFunction f = CompiledFunction.compile(Trees.rosenbrock(), XY);
        AutodiffException error = catchThrowableOfType(
                AutodiffException.class, () -> f.valueAndGradient(new double[] {1.0}, new double[2]));
        assertThat(error.key()).isEqualTo(AutodiffException.Key.WRONG_DIMENSION);
        assertThat(error.arguments()).containsExactly(2, 1);
    }

    @Test
    void evaluation_allocates_nothing_once_warm() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        CompiledFunction f = CompiledFunction.compile(Trees.rosenbrock(), XY);
        double[] x = {-1.2, 1.0};
        double[] g = new double[2];
        double[][] h = new double[2][2];
        double sink = 0.0;
        for (int i = 0; i < 20_000; i++) {
            sink += f.valueAndGradient(x, g) + f.hessian(x, h);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            x[0] = -1.2 + i * 1e-6;
            sink += f.valueAndGradient(x, g) + f.value(x) + f.hessian(x, h);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(sink).isFinite();
        // Even 8 bytes per call would be 800 kB; the slack covers the measurement itself.
        assertThat(allocated).isLessThan(10_000L);
    }
}
