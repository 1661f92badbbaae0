package org.gradientlab.engine.learning;

/**
 * Forward and backward passes of an {@link Mlp} for one sample at a time, in preallocated buffers:
 * z_l = W_l·a_l + b_l, a_{l+1} = ReLU(z_l) for hidden layers. Backward takes δ_out = ∂loss/∂z_out and
 * accumulates ∂/∂W_l = δ_l·a_lᵀ, ∂/∂b_l = δ_l, with δ_{l−1} = (W_lᵀ δ_l) ⊙ [z_{l−1} &gt; 0].
 */
final class MlpPass {

    private final Mlp net;
    /** pre[l] = z_l, the pre-activation of layer l. */
    private final double[][] pre;
    /** act[l] = a_l for l ≥ 1 (a_0 is the input, read in place). */
    private final double[][] act;

    private final double[][] delta;
    private double[] input;
    private int inputOffset;

    MlpPass(Mlp net) {
        this.net = net;
        int layers = net.layers();
        pre = new double[layers][];
        act = new double[layers][];
        delta = new double[layers][];
        for (int l = 0; l < layers; l++) {
            pre[l] = new double[net.outputSize(l)];
            act[l] = new double[net.outputSize(l)];
            delta[l] = new double[net.outputSize(l)];
        }
    }

    /** The output logit for the input {@code x[offset .. offset + n₀)}. */
    double forward(double[] p, double[] x, int offset) {
        input = x;
        inputOffset = offset;
        int layers = net.layers();
        for (int l = 0; l < layers; l++) {
            double[] in = l == 0 ? x : act[l - 1];
            int inOffset = l == 0 ? offset : 0;
            int inputs = net.inputSize(l);
            int w = net.weightOffset(l);
            int b = net.biasOffset(l);
            double[] z = pre[l];
            for (int o = 0; o < z.length; o++) {
                double s = p[b + o];
                int row = w + o * inputs;
                for (int k = 0; k < inputs; k++) {
                    s += p[row + k] * in[inOffset + k];
                }
                z[o] = s;
                act[l][o] = s > 0 ? s : 0;
            }
        }
        return pre[layers - 1][0];
    }

    /** Adds the gradient of the last forward pass, scaled so that ∂loss/∂z_out = dOut, to {@code g}. */
    void backward(double[] p, double dOut, double[] g) {
        int last = net.layers() - 1;
        delta[last][0] = dOut;
        for (int l = last; l >= 0; l--) {
            double[] in = l == 0 ? input : act[l - 1];
            int inOffset = l == 0 ? inputOffset : 0;
            int inputs = net.inputSize(l);
            int w = net.weightOffset(l);
            int b = net.biasOffset(l);
            double[] d = delta[l];
            for (int o = 0; o < d.length; o++) {
                double dz = d[o];
                g[b + o] += dz;
                int row = w + o * inputs;
                for (int k = 0; k < inputs; k++) {
                    g[row + k] += dz * in[inOffset + k];
                }
            }
            if (l > 0) {
                double[] below = delta[l - 1];
                double[] zBelow = pre[l - 1];
                for (int k = 0; k < inputs; k++) {
                    double s = 0;
                    if (zBelow[k] > 0) {
                        for (int o = 0; o < d.length; o++) {
                            s += p[w + o * inputs + k] * d[o];
                        }
                    }
                    below[k] = s;
                }
            }
        }
    }

    double accuracy(double[] p, ClassificationData data) {
        int correct = 0;
        for (int i = 0; i < data.size; i++) {
            double z = forward(p, data.x, i * data.features);
            if ((z > 0 ? 1.0 : 0.0) == data.labels[i]) {
                correct++;
            }
        }
        return (double) correct / data.size;
    }
}
