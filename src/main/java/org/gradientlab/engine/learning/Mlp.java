package org.gradientlab.engine.learning;

import java.util.Arrays;
import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * A multilayer perceptron for binary classification: layer sizes n₀ → n₁ → … → 1, each layer
 * z = W·a + b, ReLU between layers and a sigmoid output p = σ(z_out) read as P(y = 1 | x). Its
 * parameters live in one flat array, layer by layer, each layer's weight matrix (row-major,
 * out × in, as PyTorch's {@code nn.Linear.weight}) followed by its bias, so any optimizer can train
 * them. The default is the course's 4 → 2 → 1 net with 13 parameters.
 */
public final class Mlp {

    private final int[] sizes;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final int parameterCount;

    /**
     * A network with these layer sizes, input first, e.g. {@code new Mlp(4, 2, 1)}.
     *
     * @throws LearningException unless there are at least two positive sizes and the last is 1
     */
    public Mlp(int... layerSizes) {
        if (layerSizes.length < 2
                || layerSizes[layerSizes.length - 1] != 1
                || Arrays.stream(layerSizes).anyMatch(s -> s <= 0)) {
            throw new LearningException(LearningMessage.LAYER_SIZES, Arrays.toString(layerSizes));
        }
        sizes = layerSizes.clone();
        int layers = sizes.length - 1;
        weightOffsets = new int[layers];
        biasOffsets = new int[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            weightOffsets[l] = offset;
            offset += sizes[l + 1] * sizes[l];
            biasOffsets[l] = offset;
            offset += sizes[l + 1];
        }
        parameterCount = offset;
    }

    /** The course's credit-approval network: 4 inputs, 2 ReLU hidden units, 1 sigmoid output. */
    public static Mlp creditApproval() {
        return new Mlp(4, 2, 1);
    }

    /** A network with {@code inputs} inputs, the given hidden layer sizes and one sigmoid output. */
    public static Mlp withHiddenLayers(int inputs, int... hidden) {
        int[] all = new int[hidden.length + 2];
        all[0] = inputs;
        System.arraycopy(hidden, 0, all, 1, hidden.length);
        all[all.length - 1] = 1;
        return new Mlp(all);
    }

    /** The layer sizes, input first, output (1) last. */
    public int[] layerSizes() {
        return sizes.clone();
    }

    /** The number of inputs n₀. */
    public int inputs() {
        return sizes[0];
    }

    /** The total number of weights and biases. */
    public int parameterCount() {
        return parameterCount;
    }

    /** The number of linear layers (hidden layers + 1). */
    int layers() {
        return sizes.length - 1;
    }

    int inputSize(int layer) {
        return sizes[layer];
    }

    int outputSize(int layer) {
        return sizes[layer + 1];
    }

    int weightOffset(int layer) {
        return weightOffsets[layer];
    }

    int biasOffset(int layer) {
        return biasOffsets[layer];
    }

    /**
     * Fresh parameters as PyTorch's {@code nn.Linear} draws them: every weight and bias of a layer
     * with fan-in k uniform on (−1/√k, 1/√k), layer by layer, weights before biases.
     */
    public double[] initialParameters(SeededRandom random) {
        double[] p = new double[parameterCount];
        for (int l = 0; l < layers(); l++) {
            double bound = 1 / Math.sqrt(sizes[l]);
            int end = biasOffsets[l] + sizes[l + 1];
            for (int k = weightOffsets[l]; k < end; k++) {
                p[k] = random.nextDouble(-bound, bound);
            }
        }
        return p;
    }

    /**
     * The name of parameter {@code index}, e.g. {@code layer1.weight[2,4]} or {@code layer2.bias[1]}
     * (1-based), for showing optimizer state per parameter.
     */
    public String parameterName(int index) {
        for (int l = 0; l < layers(); l++) {
            if (index < biasOffsets[l]) {
                int k = index - weightOffsets[l];
                return "layer" + (l + 1) + ".weight[" + (k / sizes[l] + 1) + "," + (k % sizes[l] + 1) + "]";
            }
            if (index < biasOffsets[l] + sizes[l + 1]) {
                return "layer" + (l + 1) + ".bias[" + (index - biasOffsets[l] + 1) + "]";
            }
        }
        throw new IndexOutOfBoundsException(index);
    }

    /** The output logit z_out for one input (before the sigmoid). */
    public double logit(double[] parameters, double[] features) {
        checkParameters(parameters);
        Checks.sameLength("features", features.length, "inputs", sizes[0]);
        return new MlpPass(this).forward(parameters, features, 0);
    }

    /** P(y = 1 | x) = σ(z_out). */
    public double probability(double[] parameters, double[] features) {
        return BinaryCrossEntropy.sigmoid(logit(parameters, features));
    }

    /**
     * The mean binary cross-entropy over a data set as a function of the parameters, with its exact
     * gradient by backpropagation.
     */
    public DifferentiableFunction loss(ClassificationData data) {
        Checks.sameLength("features", data.features, "inputs", sizes[0]);
        BinaryCrossEntropyLoss loss = new BinaryCrossEntropyLoss(this, data);
        loss.selectAll();
        return loss;
    }

    /** The fraction of samples whose prediction σ(z) &gt; ½ (that is, z &gt; 0) matches the label. */
    public double accuracy(double[] parameters, ClassificationData data) {
        checkParameters(parameters);
        Checks.sameLength("features", data.features, "inputs", sizes[0]);
        return new MlpPass(this).accuracy(parameters, data);
    }

    void checkParameters(double[] parameters) {
        Checks.sameLength("parameters", parameters.length, "network parameters", parameterCount);
    }
}
