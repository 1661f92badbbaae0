package org.gradientlab.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradientlab.engine.optim.OptimizerState;
import org.gradientlab.engine.optim.Optimizers;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Training the tiny network with Adam. s002-credit-approval-net depends on PyTorch's random streams,
 * so its behaviour is checked rather than its digits: on random labels nothing can be learned, the
 * loss stays at ln 2 and accuracy at chance; on labels from a rule the same network beats chance.
 */
class MlpTrainerTest {

    private static final double LN2 = Math.log(2);

    private static ClassificationData.Split courseSplit(ClassificationData data, SeededRandom random) {
        JsonNode in = ReferenceData.inputs("s002-credit-approval-net");
        return data.split(in.get("train_size").asInt(), random);
    }

    @Test
    void on_random_labels_the_course_network_stays_at_ln2_and_chance_accuracy() {
        JsonNode in = ReferenceData.inputs("s002-credit-approval-net");
        SeededRandom random = SeededRandom.of(42);
        ClassificationData data =
                ClassificationData.randomLabels(in.get("n_samples").asInt(), 4, random);
        Mlp net = Mlp.creditApproval();
        assertThat(net.parameterCount())
                .isEqualTo(ReferenceData.outputs("s002-credit-approval-net")
                        .get("total_parameters")
                        .asInt());
        MlpTrainer trainer = new MlpTrainer(
                net,
                net.initialParameters(random),
                courseSplit(data, random),
                Optimizers.adam(in.get("lr").asDouble()),
                in.get("batch_size").asInt(),
                random);

        List<MlpTrainer.Epoch> history = trainer.train(in.get("n_epochs").asInt());

        MlpTrainer.Epoch last = history.get(history.size() - 1);
        // The reference ends at 0.6934 (train) and 0.6946 (validation) from a start near 0.70: with
        // labels independent of the inputs, a network can only approach ln 2 from above on held-out data.
        assertThat(last.trainLoss()).isCloseTo(LN2, within(0.01));
        assertThat(last.validationLoss()).isCloseTo(LN2, within(0.01));
        assertThat(last.validationLoss()).isGreaterThan(LN2 - 0.002);
        // Validation labels are fair coins independent of the model: accuracy is Binomial(2000, ½)/2000,
        // sd 0.011, so 0.5 ± 0.056 is five standard deviations.
        for (MlpTrainer.Epoch epoch : history) {
            assertThat(epoch.validationAccuracy()).isCloseTo(0.5, within(0.056));
        }
    }

    @Test
    void on_a_learnable_rule_the_same_network_beats_chance() {
        SeededRandom random = SeededRandom.of(7);
        ClassificationData data = ClassificationData.creditRule(10_000, random);
        Mlp net = Mlp.creditApproval();
        MlpTrainer trainer = new MlpTrainer(
                net, net.initialParameters(random), courseSplit(data, random), Optimizers.adam(0.01), 32, random);

        List<MlpTrainer.Epoch> history = trainer.train(20);

        MlpTrainer.Epoch first = history.get(0);
        MlpTrainer.Epoch last = history.get(history.size() - 1);
        // Chance is 0.5 ± 0.056 (five sd, as above); the rule is linear, which two ReLU units represent.
        assertThat(last.validationAccuracy()).isGreaterThan(0.9);
        assertThat(last.validationLoss()).isLessThan(0.3);
        assertThat(last.trainLoss()).isLessThan(first.trainLoss());
        assertThat(trainer.epochs()).isEqualTo(20);
        assertThat(net.accuracy(trainer.parameters(), data)).isGreaterThan(0.9);
    }

    @Test
    void same_seed_gives_the_same_training_curves() {
        List<MlpTrainer.Epoch> a = trainRule(SeededRandom.of(99));
        List<MlpTrainer.Epoch> b = trainRule(SeededRandom.of(99));
        List<MlpTrainer.Epoch> c = trainRule(SeededRandom.of(100));

        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    private static List<MlpTrainer.Epoch> trainRule(SeededRandom random) {
        ClassificationData data = ClassificationData.creditRule(1000, random);
        Mlp net = new Mlp(4, 3, 3, 1);
        return new MlpTrainer(
                        net, net.initialParameters(random), data.split(800, random), Optimizers.adam(0.01), 16, random)
                .train(3);
    }

    @Test
    void adam_state_is_exposed_per_parameter_with_its_bias_correction() {
        JsonNode ex4 = ReferenceData.outputs("s002-ex4-bias-correction-factor");
        SeededRandom random = SeededRandom.of(3);
        ClassificationData data = ClassificationData.creditRule(64, random);
        Mlp net = Mlp.creditApproval();
        // Batch = whole training part, so one epoch is exactly one update (t = 1).
        MlpTrainer trainer = new MlpTrainer(
                net, net.initialParameters(random), data.split(32, random), Optimizers.adam(1e-3), 32, random);
        assertThat(trainer.optimizerState()).isEmpty();

        trainer.epoch();

        OptimizerState.Adam adam =
                (OptimizerState.Adam) trainer.optimizerState().orElseThrow();
        assertThat(adam.t()).isEqualTo(1);
        assertThat(adam.m()).hasSize(net.parameterCount());
        assertThat(adam.firstMomentCorrection())
                .isEqualTo(ex4.get("m_hat_over_m").asDouble());
        for (int i = 0; i < net.parameterCount(); i++) {
            // m̂ = m/(1 − 0.9) in double: one rounding away from m·10.000000000000002.
            assertThat(adam.mHat()[i])
                    .isCloseTo(adam.m()[i] * ex4.get("m_hat_over_m").asDouble(), within(Math.ulp(adam.mHat()[i]) * 2));
        }
    }
}
