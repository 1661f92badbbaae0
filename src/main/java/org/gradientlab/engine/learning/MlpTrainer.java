package org.gradientlab.engine.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.OptimizerState;

/**
 * Trains an {@link Mlp} in mini-batches, one epoch per call, so a chart can follow it live. Each epoch
 * shuffles the training samples with the seeded generator, applies one optimizer update per batch of
 * the binary cross-entropy, then evaluates the validation split. The training loss of an epoch is the
 * mean over its batches of the loss where each update's gradient was taken, as a PyTorch training
 * loop records it; the validation loss and accuracy are measured after the epoch.
 */
public final class MlpTrainer {

    /** One epoch's figures (epochs count from 1). */
    public record Epoch(int epoch, double trainLoss, double validationLoss, double validationAccuracy) {}

    private final double[] parameters;
    private final ClassificationData validation;
    private final Optimizer optimizer;
    private final int batchSize;
    private final SeededRandom random;
    private final BinaryCrossEntropyLoss trainLoss;
    private final BinaryCrossEntropyLoss validationLoss;
    private final MlpPass validationPass;
    private final int[] order;
    private int epochs;

    /**
     * A trainer starting from {@code initialParameters} (copied; see {@link #parameters()}).
     *
     * @throws LearningException if the shapes disagree or the batch size is not positive
     */
    public MlpTrainer(
            Mlp net,
            double[] initialParameters,
            ClassificationData.Split split,
            Optimizer optimizer,
            int batchSize,
            SeededRandom random) {
        net.checkParameters(initialParameters);
        Checks.sameLength("features", split.train().features, "inputs", net.inputs());
        Checks.sameLength("features", split.validation().features, "inputs", net.inputs());
        this.parameters = initialParameters.clone();
        this.validation = split.validation();
        this.optimizer = optimizer;
        this.batchSize = Checks.positive("batch size", batchSize);
        this.random = random;
        this.trainLoss = new BinaryCrossEntropyLoss(net, split.train());
        this.validationLoss = new BinaryCrossEntropyLoss(net, validation);
        this.validationLoss.selectAll();
        this.validationPass = new MlpPass(net);
        this.order = MiniBatchTraining.identity(split.train().size);
    }

    /** Runs one epoch and returns its figures. */
    public Epoch epoch() {
        random.shuffle(order);
        int n = order.length;
        double lossSum = 0;
        int batches = 0;
        for (int from = 0; from < n; from += batchSize) {
            trainLoss.select(order, from, Math.min(from + batchSize, n));
            lossSum += optimizer.step(parameters, trainLoss);
            batches++;
        }
        epochs++;
        return new Epoch(
                epochs,
                lossSum / batches,
                validationLoss.value(parameters),
                validationPass.accuracy(parameters, validation));
    }

    /** Runs {@code count} epochs and returns their figures in order. */
    public List<Epoch> train(int count) {
        Checks.nonNegative("epochs", count);
        List<Epoch> history = new ArrayList<>(count);
        for (int e = 0; e < count; e++) {
            history.add(epoch());
        }
        return history;
    }

    /**
     * The optimizer's state after the last update (for Adam: m, v, m̂, v̂ and t, whose bias-correction
     * factors show how m̂ = m/(1 − β1^t) starts at 10·m for β1 = 0.9). Entry i belongs to the parameter
     * {@link Mlp#parameterName(int) named} i.
     */
    public Optional<OptimizerState> optimizerState() {
        return optimizer.state();
    }

    /** The number of epochs run so far. */
    public int epochs() {
        return epochs;
    }

    /** A copy of the current parameters. */
    public double[] parameters() {
        return parameters.clone();
    }
}
