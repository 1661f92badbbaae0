package org.gradientlab.engine.learning;

import java.util.Arrays;
import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * The mean binary cross-entropy of an {@link Mlp} over a batch of a data set, as a function of the
 * flat parameter vector: (1/|B|)·Σ_{i∈B} BCE(z(xᵢ), yᵢ), gradient by backpropagation with
 * ∂/∂z = (σ(z) − y)/|B|. The batch is a window of an index array, reselected without allocation.
 */
final class BinaryCrossEntropyLoss implements DifferentiableFunction {

    private final Mlp net;
    private final ClassificationData data;
    private final MlpPass pass;
    private int[] indices;
    private int from;
    private int to;

    BinaryCrossEntropyLoss(Mlp net, ClassificationData data) {
        this.net = net;
        this.data = data;
        this.pass = new MlpPass(net);
    }

    /** Makes the batch {@code indices[from..to)}. */
    void select(int[] indices, int from, int to) {
        this.indices = indices;
        this.from = from;
        this.to = to;
    }

    /** Makes the batch the whole data set. */
    void selectAll() {
        select(MiniBatchTraining.identity(data.size), 0, data.size);
    }

    @Override
    public int dimension() {
        return net.parameterCount();
    }

    @Override
    public double value(double[] p) {
        net.checkParameters(p);
        double sum = 0;
        for (int k = from; k < to; k++) {
            int i = indices[k];
            sum += BinaryCrossEntropy.loss(pass.forward(p, data.x, i * data.features), data.labels[i]);
        }
        return sum / (to - from);
    }

    @Override
    public double valueAndGradient(double[] p, double[] gradient) {
        net.checkParameters(p);
        Arrays.fill(gradient, 0, p.length, 0.0);
        double scale = 1.0 / (to - from);
        double sum = 0;
        for (int k = from; k < to; k++) {
            int i = indices[k];
            double z = pass.forward(p, data.x, i * data.features);
            double y = data.labels[i];
            double e = Math.exp(-Math.abs(z));
            sum += BinaryCrossEntropy.loss(z, y, e);
            pass.backward(p, (BinaryCrossEntropy.sigmoid(z, e) - y) * scale, gradient);
        }
        return sum / (to - from);
    }
}
