package org.gradientlab.exercises;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an expression answer is compared with the reference: one interval per variable, in the order the
 * variables are declared. The grader samples points in these intervals at several magnitudes.
 *
 * @param intervals variable name → interval, in declaration order
 */
public record Domain(Map<String, Interval> intervals) {

    /** A closed interval [low, high] of one variable's values. */
    public record Interval(double low, double high) {
        public Interval {
            if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
                throw new IllegalArgumentException(
                        "an interval needs finite low < high, got [" + low + ", " + high + "]");
            }
        }
    }

    public Domain {
        intervals = Collections.unmodifiableMap(new LinkedHashMap<>(intervals));
        if (intervals.isEmpty()) {
            throw new IllegalArgumentException("a domain needs at least one variable");
        }
    }

    /** Every variable in [−radius, radius]. */
    public static Domain symmetric(List<String> variables, double radius) {
        return uniform(variables, -radius, radius);
    }

    /** Every variable in [low, high]. */
    public static Domain uniform(List<String> variables, double low, double high) {
        Map<String, Interval> m = new LinkedHashMap<>();
        for (String v : variables) {
            m.put(v, new Interval(low, high));
        }
        return new Domain(m);
    }

    /** The variables, in declaration order. */
    public List<String> variables() {
        return List.copyOf(intervals.keySet());
    }
}
