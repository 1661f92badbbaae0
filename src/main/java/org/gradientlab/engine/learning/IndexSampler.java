package org.gradientlab.engine.learning;

/**
 * Where mini-batch training gets its random indices from: a permutation of {@code 0..n-1} for each
 * epoch, and subsets drawn without replacement for gradient-noise measurements. {@link SeededRandom}
 * is the engine's implementation; the seam exists so that a recorded order can be replayed.
 */
public interface IndexSampler {

    /** A uniformly random permutation of {@code 0, 1, …, n−1}. */
    int[] permutation(int n);

    /** {@code k} distinct indices from {@code 0..n−1}, uniformly at random, in random order. */
    int[] choose(int n, int k);
}
