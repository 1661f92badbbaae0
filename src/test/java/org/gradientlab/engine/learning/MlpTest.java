package org.gradientlab.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.gradientlab.engine.function.DifferentiableFunction;
import org.junit.jupiter.api.Test;

/** The network's layout, forward pass, loss and backpropagated gradient. */
class MlpTest {

    @Test
    void course_network_has_thirteen_parameters_in_pytorch_order() {
        Mlp net = Mlp.creditApproval();

        assertThat(net.layerSizes()).containsExactly(4, 2, 1);
        assertThat(net.parameterCount()).isEqualTo(13);
        assertThat(net.parameterName(0)).isEqualTo("layer1.weight[1,1]");
        assertThat(net.parameterName(7)).isEqualTo("layer1.weight[2,4]");
        assertThat(net.parameterName(8)).isEqualTo("layer1.bias[1]");
        assertThat(net.parameterName(10)).isEqualTo("layer2.weight[1,1]");
        assertThat(net.parameterName(12)).isEqualTo("layer2.bias[1]");
        assertThat(Mlp.withHiddenLayers(3, 8, 4).layerSizes()).containsExactly(3, 8, 4, 1);
    }

    @Test
    void forward_pass_matches_a_hand_computation() {
        Mlp net = new Mlp(2, 2, 1);
        // Hidden W = [[1, −1], [0.5, 2]], b = [0, −1]; output w = [2, −3], b = 0.5.
        double[] p = {1, -1, 0.5, 2, 0, -1, 2, -3, 0.5};
        double[] x = {3, 1};
        // z₁ = (3 − 1 + 0, 1.5 + 2 − 1) = (2, 2.5); ReLU keeps both; z_out = 4 − 7.5 + 0.5 = −3.
        assertThat(net.logit(p, x)).isEqualTo(-3.0);
        // With x = (−1, 1) the first unit is cut by ReLU: z₁ = (−2, 0.5) → (0, 0.5); z_out = −1.5 + 0.5.
        assertThat(net.logit(p, new double[] {-1, 1})).isEqualTo(-1.0);
        assertThat(net.probability(p, x)).isCloseTo(1 / (1 + Math.exp(3)), within(1e-16));
    }

    @Test
    void initialisation_follows_pytorch_linear_bounds() {
        Mlp net = new Mlp(4, 16, 1);
        SeededRandom random = SeededRandom.of(31);
        double boundHidden = 1 / Math.sqrt(4);
        double boundOutput = 1 / Math.sqrt(16);
        double sumSquaresHidden = 0;
        int draws = 200;
        for (int d = 0; d < draws; d++) {
            double[] p = net.initialParameters(random);
            for (int k = 0; k < net.parameterCount(); k++) {
                double bound = k < 4 * 16 + 16 ? boundHidden : boundOutput;
                assertThat(Math.abs(p[k])).isLessThan(bound);
                if (k < 4 * 16 + 16) {
                    sumSquaresHidden += p[k] * p[k];
                }
            }
        }
        // U(−a, a) has variance a²/3; 16 000 draws put the sample variance within 5·a²·√(4/45/N) of it.
        int n = draws * 80;
        double a2 = boundHidden * boundHidden;
        assertThat(sumSquaresHidden / n).isCloseTo(a2 / 3, within(5 * a2 * Math.sqrt(4.0 / 45 / n)));
    }

    @Test
    void gradient_matches_central_differences_of_the_loss() {
        for (int[] sizes : new int[][] {{4, 2, 1}, {3, 8, 5, 1}, {2, 1}}) {
            Mlp net = new Mlp(sizes);
            SeededRandom random = SeededRandom.of(32);
            ClassificationData data = ClassificationData.randomLabels(40, sizes[0], random);
            DifferentiableFunction loss = net.loss(data);
            double[] p = net.initialParameters(random);
            double[] gradient = new double[p.length];

            double value = loss.valueAndGradient(p, gradient);

            assertThat(value).isEqualTo(loss.value(p));
            double[] again = new double[p.length];
            Arrays.fill(again, 99);
            loss.valueAndGradient(p, again);
            assertThat(again).as("overwritten, not accumulated").containsExactly(gradient);
            double h = 1e-6;
            for (int k = 0; k < p.length; k++) {
                double[] plus = p.clone();
                double[] minus = p.clone();
                plus[k] += h;
                minus[k] -= h;
                double numeric = (loss.value(plus) - loss.value(minus)) / (2 * h);
                // Central differences err by ~h²·f''' + ε·f/h ≈ 1e-10 here, so 1e-7 absolute is a safe
                // margin; a ReLU input within h of its kink would show as a far larger mismatch.
                assertThat(gradient[k])
                        .as("%s parameter %d", net.parameterName(k), k)
                        .isCloseTo(numeric, within(1e-7));
            }
        }
    }

    @Test
    void cross_entropy_stays_finite_for_extreme_logits() {
        assertThat(BinaryCrossEntropy.loss(1000, 0)).isEqualTo(1000.0);
        assertThat(BinaryCrossEntropy.loss(1000, 1)).isEqualTo(0.0);
        assertThat(BinaryCrossEntropy.loss(-1000, 0)).isEqualTo(0.0);
        assertThat(BinaryCrossEntropy.loss(-1000, 1)).isEqualTo(1000.0);
        assertThat(BinaryCrossEntropy.sigmoid(-1000)).isEqualTo(0.0);
        assertThat(BinaryCrossEntropy.sigmoid(1000)).isEqualTo(1.0);
        // For moderate z it is −ln σ(z) and −ln(1 − σ(z)) (relative 1e-14, a few ulps of the logarithm).
        for (double z : new double[] {-3, -0.5, 0, 0.7, 4}) {
            double s = 1 / (1 + Math.exp(-z));
            assertThat(BinaryCrossEntropy.loss(z, 1)).isCloseTo(-Math.log(s), within(1e-14));
            assertThat(BinaryCrossEntropy.loss(z, 0)).isCloseTo(-Math.log(1 - s), within(1e-14));
        }
        assertThat(BinaryCrossEntropy.loss(0, 1)).isEqualTo(Math.log(2));
    }

    @Test
    void accuracy_counts_predictions_on_the_right_side_of_one_half() {
        Mlp logistic = new Mlp(1, 1);
        double[] p = {1, 0};
        ClassificationData data =
                ClassificationData.of(new double[][] {{-2}, {-1}, {1}, {2}}, new double[] {0, 1, 1, 1});

        assertThat(logistic.accuracy(p, data)).isEqualTo(0.75);
    }

    @Test
    void malformed_networks_are_reported_with_a_key() {
        for (int[] sizes : new int[][] {{4}, {4, 2}, {4, 0, 1}}) {
            assertThatThrownBy(() -> new Mlp(sizes))
                    .isInstanceOfSatisfying(
                            LearningException.class, e -> assertThat(e.key()).isEqualTo(LearningMessage.LAYER_SIZES));
        }
        assertThatThrownBy(() -> Mlp.creditApproval().logit(new double[3], new double[4]))
                .isInstanceOfSatisfying(
                        LearningException.class, e -> assertThat(e.key()).isEqualTo(LearningMessage.LENGTH_MISMATCH));
    }
}
