package org.gradientlab.charts;

import java.util.List;

/**
 * Contour lines of f(x, y) drawn under everything else. Each level gets one colour on a sequential ramp
 * (lowest level darkest), so a bowl reads as rings darkening towards its minimum. Several polylines may share a
 * level (a double well has two rings at the same height).
 */
public record Contours(String id, String label, List<ContourLine> lines) implements Series {

    public Contours {
        SeriesIds.require(id);
        label = label == null ? id : label;
        lines = List.copyOf(lines);
    }

    /** Contours with the id {@code "contours"}. */
    public static Contours of(String label, List<ContourLine> lines) {
        return new Contours("contours", label, lines);
    }

    @Override
    public boolean tabulated() {
        return false;
    }

    /** The distinct levels, lowest first. */
    public List<Double> levels() {
        return lines.stream().map(ContourLine::level).distinct().sorted().toList();
    }
}
