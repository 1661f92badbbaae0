package org.gradientlab.ui.exercises;

import java.util.List;
import java.util.Optional;

/**
 * The units of the course and their exercises in teaching order, by exercise id (titles and summaries are the
 * message keys {@code exercise.<id>.title} and {@code exercise.<id>.summary}). This is the only list of
 * exercises in the user interface; the menu, the home page and the exercise pages all read it.
 */
public final class CourseOutline {

    /** A unit of the course: its id (message key {@code unit.<id>}) and its exercises in order. */
    public record Unit(String id, List<String> exercises) {
        public Unit {
            exercises = List.copyOf(exercises);
        }
    }

    public static final List<Unit> UNITS = List.of(
            new Unit("derivatives", List.of("finite-differences", "chain-rule")),
            new Unit("gradients", List.of("gradient-field", "gradient-identities", "jacobian", "autograd-graph")),
            new Unit("descent", List.of("gd-by-hand", "critical-lr", "lr-race", "convexity", "local-minima")),
            new Unit(
                    "adaptive",
                    List.of("momentum", "adam-vs-gd", "implement-optimizer", "optimizer-comparison", "lr-schedules")),
            new Unit("learning", List.of("linear-regression", "batch-size", "neural-net")),
            new Unit("constrained", List.of("lagrange")));

    /** The exercises the home page presents first, as asked for by the people the site is built for. */
    public static final List<String> FEATURED = List.of("chain-rule", "jacobian", "lr-race", "adam-vs-gd");

    private CourseOutline() {}

    /** The unit that contains this exercise, if the id is known. */
    public static Optional<Unit> unitOf(String exerciseId) {
        return UNITS.stream().filter(u -> u.exercises().contains(exerciseId)).findFirst();
    }

    /** Every exercise id in teaching order. */
    public static List<String> exercises() {
        return UNITS.stream().flatMap(u -> u.exercises().stream()).toList();
    }
}
