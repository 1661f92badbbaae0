package org.gradientlab.engine.learning;

/**
 * Binary classification data: n feature rows xᵢ ∈ ℝᵈ with labels yᵢ ∈ {0, 1}. Two seeded generators:
 * {@link #randomLabels} (labels independent of the features, so nothing can be learned: the best
 * loss is ln 2 and accuracy stays at chance, as in the course's credit-approval example) and
 * {@link #creditRule} (labels from a linear rule, so a network can beat chance). Values never change.
 */
public final class ClassificationData {

    /**
     * The weights of {@link #creditRule}: approve (y = 1) iff
     * income + 0.5·savings − debt − 0.5·missedPayments &gt; 0, all four features standard normal.
     */
    public static final double[] CREDIT_RULE = {1.0, 0.5, -1.0, -0.5};

    final int size;
    final int features;
    /** Row-major: feature j of sample i is {@code x[i * features + j]}. */
    final double[] x;

    final double[] labels;

    private ClassificationData(int size, int features, double[] x, double[] labels) {
        this.size = size;
        this.features = features;
        this.x = x;
        this.labels = labels;
    }

    /** A training part and a validation part of one data set. */
    public record Split(ClassificationData train, ClassificationData validation) {}

    /** n samples of standard normal features with labels 0 or 1 by a fair coin, independent of them. */
    public static ClassificationData randomLabels(int n, int features, SeededRandom random) {
        double[] x = normalFeatures(n, features, random);
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(2);
        }
        return new ClassificationData(n, features, x, labels);
    }

    /**
     * n samples of four standard normal features (income, savings, debt, missed payments) labelled by
     * the rule {@link #CREDIT_RULE}·x &gt; 0: linearly separable, so a 4-2-1 network can learn it.
     */
    public static ClassificationData creditRule(int n, SeededRandom random) {
        int d = CREDIT_RULE.length;
        double[] x = normalFeatures(n, d, random);
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = RegressionData.dot(x, i * d, CREDIT_RULE) > 0 ? 1 : 0;
        }
        return new ClassificationData(n, d, x, labels);
    }

    /**
     * Data from given rows and labels (each 0 or 1).
     *
     * @throws LearningException if the shapes disagree, a value is not finite or a label is not 0 or 1
     */
    public static ClassificationData of(double[][] rows, double[] labels) {
        Checks.nonEmpty(rows.length);
        Checks.sameLength("rows", rows.length, "labels", labels.length);
        int d = Checks.positive("features", rows[0].length);
        double[] x = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            Checks.sameLength("row " + (i + 1), rows[i].length, "row 1", d);
            for (int j = 0; j < d; j++) {
                x[i * d + j] = Checks.finite("feature", rows[i][j]);
            }
            if (labels[i] != 0 && labels[i] != 1) {
                throw new LearningException(LearningMessage.NOT_A_LABEL, labels[i]);
            }
        }
        return new ClassificationData(rows.length, d, x, labels.clone());
    }

    private static double[] normalFeatures(int n, int features, SeededRandom random) {
        Checks.positive("n", n);
        Checks.positive("features", features);
        double[] x = new double[n * features];
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextGaussian();
        }
        return x;
    }

    /**
     * A random split into {@code trainSize} training samples and the rest for validation (as
     * PyTorch's {@code random_split}: a random permutation, cut in two).
     */
    public Split split(int trainSize, SeededRandom random) {
        if (trainSize <= 0 || trainSize >= size) {
            throw new LearningException(LearningMessage.SPLIT_SIZE, trainSize, size);
        }
        int[] order = random.permutation(size);
        return new Split(subset(order, 0, trainSize), subset(order, trainSize, size));
    }

    private ClassificationData subset(int[] order, int from, int to) {
        int n = to - from;
        double[] sx = new double[n * features];
        double[] sl = new double[n];
        for (int k = 0; k < n; k++) {
            int i = order[from + k];
            System.arraycopy(x, i * features, sx, k * features, features);
            sl[k] = labels[i];
        }
        return new ClassificationData(n, features, sx, sl);
    }

    /** The number of samples n. */
    public int size() {
        return size;
    }

    /** The number of features d. */
    public int features() {
        return features;
    }

    /** Row i of the features. */
    public double[] row(int i) {
        double[] r = new double[features];
        System.arraycopy(x, i * features, r, 0, features);
        return r;
    }

    /** The label of sample i, 0 or 1. */
    public double label(int i) {
        return labels[i];
    }

    /** The fraction of samples labelled 1. */
    public double positiveFraction() {
        double sum = 0;
        for (double label : labels) {
            sum += label;
        }
        return sum / size;
    }
}
