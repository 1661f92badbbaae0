package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.gradientlab.engine.learning.SeededRandom;
import org.gradientlab.exercises.Domain;

/**
 * Seeded points at which an expression answer is compared with the reference (DESIGN §5). A third of the
 * candidates are uniform in each variable's interval, the rest log-uniform in magnitude over three decades below
 * the interval's largest magnitude (with a random sign where the interval allows), so small and large inputs
 * are both tried. Candidates where the reference is undefined or huge are rejected.
 */
final class SamplePoints {

    /** The fewest valid points an equivalence verdict rests on. */
    static final int REQUIRED = 12;
    /** The points drawn when they are available. */
    static final int WANTED = 16;
    /** Candidates tried before giving up. */
    static final int CANDIDATES = 400;
    /** Reference values beyond this are rejected: round-off there swamps any tolerance. */
    static final double HUGE = 1e10;

    /**
     * Valid points and the reference's values there.
     *
     * @param points    the valid points (coordinates in the domain's variable order)
     * @param reference the reference's value at each point
     */
    record Sample(List<double[]> points, double[] reference) {
        boolean enough() {
            return points.size() >= REQUIRED;
        }
    }

    private SamplePoints() {}

    static Sample draw(Domain domain, ToDoubleFunction<double[]> reference, SeededRandom random) {
        List<Domain.Interval> intervals = List.copyOf(domain.intervals().values());
        List<double[]> points = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int k = 0; k < CANDIDATES && points.size() < WANTED; k++) {
            double[] p = new double[intervals.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = coordinate(intervals.get(i), k % 3 == 0, random);
            }
            double c = reference.applyAsDouble(p);
            if (Double.isFinite(c) && Math.abs(c) <= HUGE) {
                points.add(p);
                values.add(c);
            }
        }
        return new Sample(
                points, values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double coordinate(Domain.Interval in, boolean uniform, SeededRandom random) {
        double lo = in.low();
        double hi = in.high();
        if (uniform) {
            return random.nextDouble(lo, hi);
        }
        double top = Math.max(Math.abs(lo), Math.abs(hi));
        double bottom = top * 1e-3;
        if (lo > 0) {
            bottom = Math.max(bottom, lo);
        } else if (hi < 0) {
            bottom = Math.max(bottom, -hi);
        }
        double magnitude = Math.exp(random.nextDouble(Math.log(bottom), Math.log(top)));
        double sign = lo >= 0 ? 1 : hi <= 0 ? -1 : random.nextDouble() < 0.5 ? -1 : 1;
        double v = sign * magnitude;
        return v >= lo && v <= hi ? v : random.nextDouble(lo, hi);
    }
}
