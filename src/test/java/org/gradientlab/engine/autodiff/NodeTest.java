package org.gradientlab.engine.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NodeTest {

    /**
     * Central difference with h = 1e-6 of the operation's own forward value: truncation ~h²·f'''/6 ≈ 1e-13,
     * round-off ~ε·|f|/h ≈ 1e-10 for these values of order 1, so 1e-8 separates rounding from a wrong rule.
     */
    private static final double H = 1e-6;

    private static final double TOLERANCE = 1e-8;

    static Stream<Arguments> unaryPrimitives() {
        return Stream.of(
                Arguments.of("neg", (UnaryOperator<Node>) Node::neg, 0.7),
                Arguments.of("exp", (UnaryOperator<Node>) Node::exp, 0.7),
                Arguments.of("log", (UnaryOperator<Node>) Node::log, 0.7),
                Arguments.of("sin", (UnaryOperator<Node>) Node::sin, 0.7),
                Arguments.of("cos", (UnaryOperator<Node>) Node::cos, 0.7),
                Arguments.of("tan", (UnaryOperator<Node>) Node::tan, 0.7),
                Arguments.of("sqrt", (UnaryOperator<Node>) Node::sqrt, 0.7),
                Arguments.of("abs of a negative", (UnaryOperator<Node>) Node::abs, -0.7),
                Arguments.of("abs of a positive", (UnaryOperator<Node>) Node::abs, 0.7),
                Arguments.of("tanh", (UnaryOperator<Node>) Node::tanh, 0.7),
                Arguments.of("sigmoid", (UnaryOperator<Node>) Node::sigmoid, -0.7),
                Arguments.of("relu of a positive", (UnaryOperator<Node>) Node::relu, 0.7),
                Arguments.of("relu of a negative", (UnaryOperator<Node>) Node::relu, -0.7),
                Arguments.of("cube", (UnaryOperator<Node>) x -> x.pow(3), -0.7),
                Arguments.of("reciprocal", (UnaryOperator<Node>) x -> x.pow(-1), -0.7),
                Arguments.of("power 2.5", (UnaryOperator<Node>) x -> x.pow(2.5), 0.7),
                Arguments.of("plus a constant", (UnaryOperator<Node>) x -> x.add(2), 0.7),
                Arguments.of("times a constant", (UnaryOperator<Node>) x -> x.mul(3), 0.7),
                Arguments.of("minus a constant", (UnaryOperator<Node>) x -> x.sub(3), 0.7),
                Arguments.of("over a constant", (UnaryOperator<Node>) x -> x.div(3), 0.7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unaryPrimitives")
    void derivative_of_each_unary_operation_matches_a_central_difference(
            String name, UnaryOperator<Node> op, double at) {
        Node x = Node.variable("x", at);
        op.apply(x).backward();
        double difference = (op.apply(Node.constant(at + H)).value()
                        - op.apply(Node.constant(at - H)).value())
                / (2 * H);
        assertThat(x.grad()).isCloseTo(difference, within(TOLERANCE));
    }

    static Stream<Arguments> binaryPrimitives() {
        return Stream.of(
                Arguments.of("add", (BinaryOperator<Node>) Node::add),
                Arguments.of("sub", (BinaryOperator<Node>) Node::sub),
                Arguments.of("mul", (BinaryOperator<Node>) Node::mul),
                Arguments.of("div", (BinaryOperator<Node>) Node::div),
                Arguments.of("pow", (BinaryOperator<Node>) Node::pow));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryPrimitives")
    void partial_derivatives_of_each_binary_operation_match_central_differences(String name, BinaryOperator<Node> op) {
        double a = 1.3;
        double b = -0.6;
        Node left = Node.variable("a", a);
        Node right = Node.variable("b", b);
        op.apply(left, right).backward();
        double byA = (op.apply(Node.constant(a + H), Node.constant(b)).value()
                        - op.apply(Node.constant(a - H), Node.constant(b)).value())
                / (2 * H);
        double byB = (op.apply(Node.constant(a), Node.constant(b + H)).value()
                        - op.apply(Node.constant(a), Node.constant(b - H)).value())
                / (2 * H);
        assertThat(left.grad()).isCloseTo(byA, within(TOLERANCE));
        assertThat(right.grad()).isCloseTo(byB, within(TOLERANCE));
    }

    @Test
    void backward_twice_without_zeroing_doubles_every_gradient() {
        Node a = Node.variable("a", 2.0);
        Node b = Node.variable("b", 3.0);
        Node d = a.mul(b).add(a.pow(2));
        Node e = d.log();
        e.backward();
        double firstA = a.grad();
        double firstB = b.grad();
        double firstD = d.grad();
        e.backward();
        // Doubling a double is exact, so the second pass must give exactly twice the first.
        assertThat(a.grad()).isEqualTo(2 * firstA);
        assertThat(b.grad()).isEqualTo(2 * firstB);
        assertThat(d.grad()).isEqualTo(2 * firstD);
        assertThat(e.grad()).isEqualTo(2.0);
    }

    @Test
    void zero_grad_resets_and_the_next_pass_starts_from_zero() {
        Node x = Node.variable("x", 1.5);
        Node f = x.pow(3).sub(x.mul(2)).add(1);
        f.backward();
        f.backward();
        assertThat(x.grad()).isEqualTo(9.5);
        f.zeroGrad();
        assertThat(x.grad()).isZero();
        assertThat(f.grad()).isZero();
        f.backward();
        // f'(x) = 3x² - 2 = 4.75 at 1.5.
        assertThat(x.grad()).isEqualTo(4.75);
    }

    @Test
    void a_node_used_twice_receives_both_contributions() {
        Node x = Node.variable("x", 3.0);
        x.mul(x).backward();
        // d(x·x)/dx = 2x = 6; a graph that kept only one use would give 3.
        assertThat(x.grad()).isEqualTo(6.0);

        Node a = Node.variable("a", 2.0);
        Node b = Node.variable("b", 3.0);
        a.mul(b).add(a.pow(2)).log().backward();
        // e = log(ab + a²): de/da = (b + 2a)/(ab + a²) = 7/10, de/db = a/(ab + a²) = 2/10.
        assertThat(a.grad()).isCloseTo(0.7, within(1e-15));
        assertThat(b.grad()).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void kinks_follow_pytorch_conventions() {
        Node x = Node.variable("x", 0.0);
        x.relu().backward();
        assertThat(x.grad()).isZero();
        Node y = Node.variable("y", 0.0);
        y.abs().backward();
        assertThat(y.grad()).isZero();
        Node z = Node.variable("z", 0.0);
        Node s = z.sigmoid();
        s.backward();
        // σ(0) = 1/2 and σ'(0) = σ(1 - σ) = 1/4, exactly representable.
        assertThat(s.value()).isEqualTo(0.5);
        assertThat(z.grad()).isEqualTo(0.25);
    }

    @Test
    void sign_and_step_are_flat_with_pytorch_values_at_zero() {
        double[] points = {-2.0, 0.0, 3.0};
        double[] signs = {-1.0, 0.0, 1.0};
        double[] steps = {0.0, 0.0, 1.0};
        for (int k = 0; k < points.length; k++) {
            Node x = Node.variable("x", points[k]);
            Node sign = x.sign();
            Node step = x.step();
            sign.add(step).backward();
            assertThat(sign.value()).isEqualTo(signs[k]);
            assertThat(step.value()).isEqualTo(steps[k]);
            assertThat(x.grad()).isZero();
        }
        assertThat(Node.variable("x", Double.NaN).step().value()).isNaN();
    }

    @Test
    void constant_powers_of_a_negative_base_have_finite_exact_derivatives() {
        Node x = Node.variable("x", -2.0);
        Node cube = x.pow(3);
        cube.backward();
        // (-2)³ = -8 and 3·(-2)² = 12: no ln of the negative base is taken.
        assertThat(cube.value()).isEqualTo(-8.0);
        assertThat(x.grad()).isEqualTo(12.0);

        Node zero = Node.variable("x", 0.0);
        zero.pow(0).backward();
        assertThat(zero.grad()).isZero();
    }

    @Test
    void variable_exponent_at_a_zero_base_has_zero_exponent_derivative_as_pytorch() {
        Node base = Node.variable("a", 0.0);
        Node exponent = Node.variable("b", 2.0);
        base.pow(exponent).backward();
        // 0^b·ln 0 is 0·(-∞); PyTorch defines it as 0 for b ≥ 0, and ∂/∂a = b·0^(b-1) = 0 for b = 2.
        assertThat(exponent.grad()).isZero();
        assertThat(base.grad()).isZero();

        Node negativeBase = Node.variable("a", -2.0);
        Node realExponent = Node.variable("b", 2.0);
        negativeBase.pow(realExponent).backward();
        // a^b is not real-valued around b for a < 0: the exponent's derivative does not exist.
        assertThat(realExponent.grad()).isNaN();
        assertThat(negativeBase.grad()).isEqualTo(-4.0);
    }

    @Test
    void derived_operations_are_built_from_primitives() {
        Node a = Node.variable("a", 5.0);
        Node b = Node.variable("b", 2.0);
        Node difference = a.sub(b);
        assertThat(difference.operation()).isEqualTo(Operation.ADD);
        assertThat(difference.parents().get(1).operation()).isEqualTo(Operation.NEG);
        Node quotient = a.div(b);
        assertThat(quotient.operation()).isEqualTo(Operation.MUL);
        assertThat(quotient.parents().get(1).label()).isEqualTo("^-1");
        Node tan = a.tan();
        assertThat(tan.operation()).isEqualTo(Operation.MUL);
        assertThat(tan.parents().get(0).operation()).isEqualTo(Operation.SIN);
        assertThat(tan.parents().get(1).parents().get(0).operation()).isEqualTo(Operation.COS);
        assertThat(difference.value()).isEqualTo(3.0);
        assertThat(quotient.value()).isEqualTo(2.5);
    }

    @Test
    void a_long_chain_does_not_overflow_the_stack() {
        Node x = Node.variable("x", 1.0);
        Node sum = x;
        for (int i = 1; i < 200_000; i++) {
            sum = sum.add(x);
        }
        sum.backward();
        assertThat(sum.value()).isEqualTo(200_000.0);
        assertThat(x.grad()).isEqualTo(200_000.0);
    }
}
