package org.gradientlab.engine.learning;

/**
 * How much mini-batch gradients scatter around the full gradient at a fixed weight vector w, measured
 * over K batches B₁ … B_K of size b drawn without replacement:
 *
 * <ul>
 *   <li>{@code traceVariance} = (1/K)·Σₖ ‖g_{Bₖ} − ∇L(w)‖², an unbiased estimate of E‖g_B − ḡ‖², the
 *       trace of the covariance of the batch gradient (ḡ = E g_B = ∇L(w), the full gradient). This is
 *       the gradient variance that falls as 1/b;
 *   <li>{@code normVariance} = the variance of the K norms ‖g_{Bₖ}‖ (population form, as NumPy's
 *       {@code var}): the statistic the course material printed, which is not the gradient variance.
 * </ul>
 */
public record GradientNoise(int batchSize, int batches, double traceVariance, double normVariance, double meanNorm) {

    /** Measures the noise at {@code w} from {@code batches} random batches of {@code batchSize}. */
    public static GradientNoise measure(
            RegressionData data, double[] w, int batchSize, int batches, IndexSampler sampler) {
        Checks.positive("batch size", batchSize);
        Checks.positive("batches", batches);
        Checks.sameLength("w", w.length, "features", data.features);
        int b = Math.min(batchSize, data.size);
        double[] full = data.gradient(w);
        RegressionBatchLoss batchLoss = new RegressionBatchLoss(data);
        double[] g = new double[data.features];
        double[] norms = new double[batches];
        double squaredDeviations = 0;
        for (int k = 0; k < batches; k++) {
            batchLoss.select(sampler.choose(data.size, b), 0, b);
            batchLoss.valueAndGradient(w, g);
            double normSquared = 0;
            for (int j = 0; j < g.length; j++) {
                normSquared += g[j] * g[j];
                double d = g[j] - full[j];
                squaredDeviations += d * d;
            }
            norms[k] = Math.sqrt(normSquared);
        }
        double meanNorm = 0;
        for (double norm : norms) {
            meanNorm += norm;
        }
        meanNorm /= batches;
        double normVariance = 0;
        for (double norm : norms) {
            normVariance += (norm - meanNorm) * (norm - meanNorm);
        }
        normVariance /= batches;
        return new GradientNoise(b, batches, squaredDeviations / batches, normVariance, meanNorm);
    }

    /**
     * The exact E‖g_B − ∇L(w)‖² for a batch of b drawn uniformly without replacement from n samples:
     * (S/b)·(n − b)/(n − 1), where S = (1/n)·Σᵢ ‖gᵢ − ∇L(w)‖² is the scatter of the per-sample
     * gradients gᵢ = 2(xᵢ·w − yᵢ)·xᵢ. Zero for the full batch.
     */
    public static double exactTraceVariance(RegressionData data, double[] w, int batchSize) {
        Checks.positive("batch size", batchSize);
        Checks.sameLength("w", w.length, "features", data.features);
        int n = data.size;
        int b = Math.min(batchSize, n);
        if (n == 1) {
            return 0;
        }
        double[] full = data.gradient(w);
        double scatter = 0;
        for (int i = 0; i < n; i++) {
            int row = i * data.features;
            double r = RegressionData.dot(data.x, row, w) - data.y[i];
            for (int j = 0; j < data.features; j++) {
                double d = 2 * r * data.x[row + j] - full[j];
                scatter += d * d;
            }
        }
        scatter /= n;
        return scatter / b * (n - b) / (n - 1);
    }
}
