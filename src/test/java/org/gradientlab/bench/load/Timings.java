package org.gradientlab.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The latencies of every action by name (from sending the request to having read the whole response), the errors
 * by action and message, and how many students have signed in. Percentiles are nearest-rank: the p-th percentile of
 * n sorted values is the one at rank ⌈p·n/100⌉, so every figure was measured.
 */
final class Timings {

    /** An action that talks to the server and may fail. */
    interface Action {
        void run() throws Exception;
    }

    private final Map<String, List<Double>> millis = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final AtomicInteger signedIn = new AtomicInteger();

    void time(String name, Action action) throws Exception {
        long start = System.nanoTime();
        try {
            action.run();
        } catch (Exception e) {
            errors.computeIfAbsent(name + ": " + e.getMessage(), k -> new AtomicInteger())
                    .incrementAndGet();
            throw e;
        }
        double elapsed = (System.nanoTime() - start) / 1e6;
        millis.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>()))
                .add(elapsed);
    }

    void signedIn() {
        signedIn.incrementAndGet();
    }

    int signedInCount() {
        return signedIn.get();
    }

    /** One row per action: n, p50, p95, max in milliseconds, in the order the actions were first taken. */
    Map<String, double[]> summary() {
        Map<String, double[]> out = new TreeMap<>();
        millis.forEach((name, values) -> {
            List<Double> sorted;
            synchronized (values) {
                sorted = new ArrayList<>(values);
            }
            Collections.sort(sorted);
            out.put(name, new double[] {sorted.size(), rank(sorted, 50), rank(sorted, 95), sorted.getLast()});
        });
        return out;
    }

    Map<String, Integer> errors() {
        Map<String, Integer> out = new TreeMap<>();
        errors.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private static double rank(List<Double> sorted, int percent) {
        int rank = (int) Math.ceil(percent * sorted.size() / 100.0);
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
