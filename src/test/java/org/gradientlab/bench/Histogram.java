package org.gradientlab.bench;

/**
 * Durations in nanoseconds counted in logarithmic buckets (about 2 % wide), for quantiles of millions of timings
 * in constant memory; the mean and the maximum are exact.
 */
final class Histogram {

    private static final double BUCKETS_PER_DOUBLING = 32;
    private final long[] counts = new long[64 * (int) BUCKETS_PER_DOUBLING];
    private long count;
    private double sum;
    private long max;

    void add(long nanos) {
        long n = Math.max(1, nanos);
        counts[(int) (Math.log(n) / Math.log(2) * BUCKETS_PER_DOUBLING)]++;
        count++;
        sum += n;
        max = Math.max(max, n);
    }

    long count() {
        return count;
    }

    double mean() {
        return sum / count;
    }

    long max() {
        return max;
    }

    /** The upper edge of the bucket holding the q-quantile. */
    long quantile(double q) {
        long rank = (long) Math.ceil(q * count);
        long seen = 0;
        for (int b = 0; b < counts.length; b++) {
            seen += counts[b];
            if (seen >= Math.max(1, rank)) {
                return Math.min(max, (long) Math.pow(2, (b + 1) / BUCKETS_PER_DOUBLING));
            }
        }
        return max;
    }
}
