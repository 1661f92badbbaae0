package org.gradientlab.exercises.catalogue;

import org.gradientlab.engine.learning.SeededRandom;

/**
 * Deterministic choices for variants, drawn from the engine's {@link SeededRandom}: the same (exercise id, variant
 * number) always gives the same stream, on every platform.
 */
final class VariantRandom {

    private final SeededRandom random;

    private VariantRandom(SeededRandom random) {
        this.random = random;
    }

    static VariantRandom of(String exerciseId, int number) {
        long h = 0xcbf29ce484222325L;
        for (char c : exerciseId.toCharArray()) {
            h = (h ^ c) * 0x100000001b3L;
        }
        return new VariantRandom(SeededRandom.of(h ^ number));
    }

    /** Uniform on {0, …, bound − 1}. */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform on [low, high). */
    double nextDouble(double low, double high) {
        return random.nextDouble(low, high);
    }

    /** One of the values, uniformly. */
    @SafeVarargs
    final <T> T pick(T... values) {
        return values[nextInt(values.length)];
    }

    int pickInt(int... values) {
        return values[nextInt(values.length)];
    }
}
