package org.gradientlab.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a chart shows: an optional title, a one-line summary for screen readers (required: every chart
 * says in words what it shows), two axes, the series in drawing order, whether a legend is shown, and an optional
 * heatmap background. Immutable; the {@code with…} methods return changed copies.
 */
public record ChartConfig(
        String title, String summary, Axis xAxis, Axis yAxis, List<Series> series, boolean legend, Heatmap heatmap) {

    public ChartConfig {
        title = title == null ? "" : title;
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("every chart needs a one-line summary for screen readers");
        }
        if (xAxis == null || yAxis == null) {
            throw new IllegalArgumentException("a chart needs an x and a y axis");
        }
        series = List.copyOf(series);
        Set<String> ids = new HashSet<>();
        for (Series s : series) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("two series share the id " + s.id());
            }
        }
    }

    /** An empty chart with a legend. */
    public static ChartConfig of(String summary, Axis xAxis, Axis yAxis) {
        return new ChartConfig("", summary, xAxis, yAxis, List.of(), true, null);
    }

    public ChartConfig withTitle(String newTitle) {
        return new ChartConfig(newTitle, summary, xAxis, yAxis, series, legend, heatmap);
    }

    public ChartConfig withSummary(String newSummary) {
        return new ChartConfig(title, newSummary, xAxis, yAxis, series, legend, heatmap);
    }

    public ChartConfig withAxes(Axis newX, Axis newY) {
        return new ChartConfig(title, summary, newX, newY, series, legend, heatmap);
    }

    public ChartConfig withLegend(boolean shown) {
        return new ChartConfig(title, summary, xAxis, yAxis, series, shown, heatmap);
    }

    public ChartConfig withHeatmap(Heatmap newHeatmap) {
        return new ChartConfig(title, summary, xAxis, yAxis, series, legend, newHeatmap);
    }

    /** This chart with each given series replacing the one with its id, or added at the end when new. */
    public ChartConfig with(Series... changed) {
        List<Series> next = new ArrayList<>(series);
        for (Series s : changed) {
            int at = indexOf(next, s.id());
            if (at >= 0) {
                next.set(at, s);
            } else {
                next.add(s);
            }
        }
        return new ChartConfig(title, summary, xAxis, yAxis, next, legend, heatmap);
    }

    /** This chart without the series of these ids (unknown ids are ignored). */
    public ChartConfig without(String... ids) {
        Set<String> gone = new HashSet<>(List.of(ids));
        List<Series> next = series.stream().filter(s -> !gone.contains(s.id())).toList();
        return new ChartConfig(title, summary, xAxis, yAxis, next, legend, heatmap);
    }

    private static int indexOf(List<Series> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
