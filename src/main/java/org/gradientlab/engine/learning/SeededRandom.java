package org.gradientlab.engine.learning;

/**
 * The engine's only source of randomness: xoshiro256** (Blackman and Vigna), its 256-bit state filled
 * from the seed by SplitMix64. The same seed gives the same numbers on every platform: only integer
 * arithmetic and {@link StrictMath} are used.
 *
 * <ul>
 *   <li>{@link #nextDouble()}: uniform on [0, 1) with 53 random bits, (r ≫ 11)·2⁻⁵³;
 *   <li>{@link #nextGaussian()}: standard normal by Marsaglia's polar method: draw u, v uniform on
 *       (−1, 1) until s = u² + v² ∈ (0, 1), then u·√(−2 ln s / s) and v·√(−2 ln s / s) are two
 *       independent N(0, 1) values (the second is kept for the next call);
 *   <li>{@link #nextInt(int)}: unbiased, by Lemire's multiply-and-reject method;
 *   <li>{@link #permutation(int)}, {@link #shuffle(int[])}: Fisher–Yates;
 *   <li>{@link #choose(int, int)}: sampling without replacement by a partial Fisher–Yates shuffle;
 *   <li>{@link #split()}: an independent stream, 2¹²⁸ draws away, by xoshiro's jump polynomial.
 * </ul>
 *
 * Not thread-safe: give each thread its own generator from {@link #split()}.
 */
public final class SeededRandom implements IndexSampler {

    private static final long[] JUMP = {
        0x180ec6d33cfd0abaL, 0xd5a61266f0c9392cL, 0xa9582618e03fc9aaL, 0x39abdc4529b1661cL
    };
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private double spareGaussian;
    private boolean hasSpareGaussian;

    private SeededRandom(long s0, long s1, long s2, long s3) {
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }

    /** A generator whose whole stream is determined by {@code seed}. */
    public static SeededRandom of(long seed) {
        SplitMix64 mix = new SplitMix64(seed);
        return new SeededRandom(mix.next(), mix.next(), mix.next(), mix.next());
    }

    /** 64 uniformly random bits. */
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform on [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform on [low, high). */
    public double nextDouble(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /** Standard normal N(0, 1) (Marsaglia's polar method). */
    public double nextGaussian() {
        if (hasSpareGaussian) {
            hasSpareGaussian = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2.0 * nextDouble() - 1.0;
            v = 2.0 * nextDouble() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        double factor = StrictMath.sqrt(-2.0 * StrictMath.log(s) / s);
        spareGaussian = v * factor;
        hasSpareGaussian = true;
        return u * factor;
    }

    /** Normal N(mean, sd²). */
    public double nextGaussian(double mean, double standardDeviation) {
        return mean + standardDeviation * nextGaussian();
    }

    /**
     * Uniform on {0, …, bound−1} without modulo bias: the high 32 bits of r·bound for a 32-bit r,
     * rejecting the few r whose low product bits fall below 2³² mod bound.
     *
     * @throws LearningException if bound ≤ 0
     */
    public int nextInt(int bound) {
        Checks.positive("bound", bound);
        long product = (nextLong() >>> 32) * bound;
        long low = product & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                product = (nextLong() >>> 32) * bound;
                low = product & 0xFFFFFFFFL;
            }
        }
        return (int) (product >>> 32);
    }

    @Override
    public int[] permutation(int n) {
        Checks.nonNegative("n", n);
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p);
        return p;
    }

    /** Shuffles {@code values} in place; every order is equally likely. */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** Shuffles {@code values} in place; every order is equally likely. */
    public void shuffle(double[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    @Override
    public int[] choose(int n, int k) {
        if (k < 0 || k > n) {
            throw new LearningException(LearningMessage.TOO_MANY_CHOSEN, k, n);
        }
        int[] pool = new int[n];
        for (int i = 0; i < n; i++) {
            pool[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + nextInt(n - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        int[] chosen = new int[k];
        System.arraycopy(pool, 0, chosen, 0, k);
        return chosen;
    }

    /**
     * Returns a generator that continues this one's current stream, and moves this one 2¹²⁸ draws
     * ahead, so the two never overlap in practice. Call repeatedly for several independent streams.
     */
    public SeededRandom split() {
        SeededRandom child = new SeededRandom(s0, s1, s2, s3);
        jump();
        return child;
    }

    private void jump() {
        long t0 = 0;
        long t1 = 0;
        long t2 = 0;
        long t3 = 0;
        for (long word : JUMP) {
            for (int bit = 0; bit < 64; bit++) {
                if ((word & (1L << bit)) != 0) {
                    t0 ^= s0;
                    t1 ^= s1;
                    t2 ^= s2;
                    t3 ^= s3;
                }
                nextLong();
            }
        }
        s0 = t0;
        s1 = t1;
        s2 = t2;
        s3 = t3;
    }

    /** Vigna's SplitMix64, used only to spread a 64-bit seed over the 256-bit state. */
    private static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            state = seed;
        }

        long next() {
            long z = (state += 0x9e3779b97f4a7c15L);
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }
    }
}
