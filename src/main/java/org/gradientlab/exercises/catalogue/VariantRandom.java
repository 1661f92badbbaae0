package org.gradientlab.exercises.catalogue;

/**
 * Deterministic choices for variants: the same (exercise, variant number) always gives the same stream.
 * SplitMix64 over a seed mixed from the exercise id and the number.
 */
final class VariantRandom {

    private long state;

    private VariantRandom(long seed) {
        this.state = seed;
    }

    static VariantRandom of(String exerciseId, int number) {
        long h = 0xcbf29ce484222325L;
        for (char c : exerciseId.toCharArray()) {
            h = (h ^ c) * 0x100000001b3L;
        }
        return new VariantRandom(h ^ (0x9e3779b97f4a7c15L * (number + 1L)));
    }

    long nextLong() {
        long z = (state += 0x9e3779b97f4a7c15L);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Uniform on {0, …, bound − 1}. */
    int nextInt(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
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
