package org.gradientlab.bench.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Order statistics of a sample in milliseconds: the median, the 95th percentile and the maximum, by the
 * nearest-rank rule (the p-th percentile of n sorted values is the value at rank ⌈p·n/100⌉), so every figure is
 * one that was measured; with 20 or fewer values the 95th percentile is the maximum.
 */
record Summary(int n, double p50, double p95, double max) {

    static Summary of(List<Double> values) {
        if (values.isEmpty()) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN);
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Summary(sorted.size(), rank(sorted, 50), rank(sorted, 95), sorted.getLast());
    }

    private static double rank(List<Double> sorted, int percent) {
        int rank = (int) Math.ceil(percent * sorted.size() / 100.0);
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
