package org.gradientlab.engine.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gradientlab.engine.function.TwiceDifferentiableFunction;

/**
 * A catalogue function with everything a page needs to show it: its id, its formula as students type
 * it (parseable by the expression language), its variable names, value, gradient and Hessian in closed
 * form, its known stationary points, the minimum value f* where f is bounded below, and a plot window.
 */
public interface Landscape extends TwiceDifferentiableFunction {

    /** The stable kebab-case id ({@code bowl}, {@code rosenbrock}, …). */
    String id();

    /** A short display name ("Rosenbrock"). */
    String name();

    /** f as plain text in the expression language, e.g. {@code (1-x)^2 + 100(y-x^2)^2}. */
    String formula();

    /** The variable names, in the order of the coordinates. */
    List<String> variables();

    /** Every known stationary point with its kind, global minima first. */
    List<CriticalPoint> criticalPoints();

    /** The global minimum value f*, or empty when f is unbounded below. */
    OptionalDouble minimumValue();

    /** The suggested plot window. */
    PlotWindow window();

    @Override
    default int dimension() {
        return variables().size();
    }

    /** The known minimisers (global and local), global first. */
    default List<double[]> minimisers() {
        List<double[]> points = new ArrayList<>();
        for (CriticalPoint p : criticalPoints()) {
            if (p.kind().isMinimum()) {
                points.add(p.point());
            }
        }
        return points;
    }

    /** The global minimiser x*, if f has one. */
    default Optional<double[]> globalMinimiser() {
        for (CriticalPoint p : criticalPoints()) {
            if (p.kind() == CriticalPoint.Kind.GLOBAL_MINIMUM) {
                return Optional.of(p.point());
            }
        }
        return Optional.empty();
    }
}
