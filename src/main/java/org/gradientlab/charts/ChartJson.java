package org.gradientlab.charts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link ChartConfig} as a Chart.js 4 configuration. Datasets carry their series id in
 * {@code glSeries} so that the browser can replace them in place; keys starting with {@code gl} are hints that
 * the connector ({@code frontend/charts/gl-chart.js}) turns into Chart.js functions and drawings. Non-finite
 * coordinates, and values ≤ 0 on a logarithmic axis, become {@code null}: a gap in the line.
 */
final class ChartJson {

    /** Lower draws later (on top): paths over curves over arrows over contours. */
    static final int PATH_ORDER = 0;

    static final int LINE_ORDER = 10;
    static final int ARROW_ORDER = 50;
    static final int CONTOUR_ORDER = 100;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Sequential ramp for contour levels, lowest level first (the blue–green–yellow part of viridis). */
    private static final int[][] LEVEL_RAMP = {{59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {220, 210, 40}};

    private ChartJson() {}

    /** The full configuration: {@code {type, data: {datasets}, options}}. */
    static ObjectNode config(ChartConfig config) {
        ObjectNode root = JSON.objectNode();
        root.put("type", "scatter");
        root.putObject("data").set("datasets", datasets(config, s -> true));
        root.set("options", options(config));
        return root;
    }

    /**
     * A live update: the datasets of the changed series, the ids they replace, the ids removed, and the heatmap
     * when it changed ({@code null} JSON to remove it).
     */
    static ObjectNode update(
            ChartConfig config, Collection<String> changed, Collection<String> removed, boolean heatmapChanged) {
        ObjectNode update = JSON.objectNode();
        ArrayNode series = update.putArray("series");
        changed.forEach(series::add);
        ArrayNode gone = update.putArray("removed");
        removed.forEach(gone::add);
        update.set("datasets", datasets(config, s -> changed.contains(s.id())));
        if (heatmapChanged) {
            update.set("heatmap", config.heatmap() == null ? JSON.nullNode() : heatmap(config.heatmap()));
        }
        return update;
    }

    private static ArrayNode datasets(ChartConfig config, Predicate<Series> included) {
        ArrayNode datasets = JSON.arrayNode();
        boolean logX = config.xAxis().scale() == Scale.LOGARITHMIC;
        boolean logY = config.yAxis().scale() == Scale.LOGARITHMIC;
        int automatic = 0;
        for (Series series : config.series()) {
            Colour colour =
                    switch (series) {
                        case LineSeries s -> s.colour();
                        case PathSeries s -> s.colour();
                        case ArrowField s -> s.colour();
                        case Contours s -> Colour.GREY;
                    };
            if (colour == null) {
                colour = Colour.automatic(automatic++);
            }
            if (!included.test(series)) {
                continue;
            }
            switch (series) {
                case LineSeries s -> datasets.add(line(s, colour, logX, logY));
                case PathSeries s -> datasets.add(path(s, colour, logX, logY));
                case ArrowField s -> datasets.add(arrows(s, colour));
                case Contours s -> contours(s, logX, logY).forEach(datasets::add);
            }
        }
        return datasets;
    }

    private static ObjectNode line(LineSeries s, Colour colour, boolean logX, boolean logY) {
        ObjectNode d = base(s, colour, LINE_ORDER);
        d.set("data", points(s.points(), logX, logY));
        d.put("borderWidth", s.width());
        d.put("pointRadius", 0);
        d.put("pointHoverRadius", 3);
        dash(d, s.dashed());
        return d;
    }

    private static ObjectNode path(PathSeries s, Colour colour, boolean logX, boolean logY) {
        ObjectNode d = base(s, colour, PATH_ORDER);
        d.set("data", points(s.points(), logX, logY));
        d.put("borderWidth", 1.5);
        d.put("pointRadius", s.markerRadius());
        d.put("glEndRadius", s.endRadius());
        d.put("pointHoverRadius", Math.max(s.markerRadius(), s.endRadius()) + 1);
        dash(d, s.dashed());
        return d;
    }

    private static ObjectNode arrows(ArrowField s, Colour colour) {
        ObjectNode d = base(s, colour, ARROW_ORDER);
        d.put("showLine", false);
        d.put("pointRadius", 0);
        d.put("pointHitRadius", 0);
        d.put("borderWidth", 1.5);
        ArrayNode tails = d.putArray("data");
        ArrayNode arrows = d.putArray("glArrows");
        for (Arrow a : s.arrows()) {
            if (finite(a.x(), a.y(), a.dx(), a.dy())) {
                tails.addArray().add(a.x()).add(a.y());
                arrows.addArray().add(a.x()).add(a.y()).add(a.dx()).add(a.dy());
            }
        }
        return d;
    }

    /** One dataset per level; the polylines of a level are joined with a null point between them (a gap). */
    private static List<ObjectNode> contours(Contours s, boolean logX, boolean logY) {
        Map<Double, ArrayNode> byLevel = new TreeMap<>();
        for (ContourLine line : s.lines()) {
            ArrayNode data = byLevel.computeIfAbsent(line.level(), level -> JSON.arrayNode());
            if (!data.isEmpty()) {
                data.addArray().addNull().addNull();
            }
            points(line.points(), logX, logY).forEach(data::add);
        }
        List<Double> levels = List.copyOf(byLevel.keySet());
        return levels.stream()
                .map(level -> {
                    String colour = levelColour(levels.indexOf(level), levels.size());
                    ObjectNode d = JSON.objectNode();
                    d.put("glSeries", s.id());
                    d.put("label", s.label() + " = " + level);
                    d.put("glLevel", level);
                    d.put("glHideInLegend", true);
                    d.put("order", CONTOUR_ORDER);
                    d.put("showLine", true);
                    d.put("borderColor", colour);
                    d.put("backgroundColor", colour);
                    d.put("borderWidth", 1);
                    d.put("pointRadius", 0);
                    d.put("pointHitRadius", 0);
                    d.set("data", byLevel.get(level));
                    return d;
                })
                .toList();
    }

    /** The colour of level number {@code rank} of {@code count}, on the ramp from lowest to highest. */
    static String levelColour(int rank, int count) {
        double t = count <= 1 ? 0 : (double) rank / (count - 1);
        double position = t * (LEVEL_RAMP.length - 1);
        int i = Math.min((int) position, LEVEL_RAMP.length - 2);
        double f = position - i;
        int[] rgb = new int[3];
        for (int k = 0; k < 3; k++) {
            rgb[k] = (int) Math.round(LEVEL_RAMP[i][k] + f * (LEVEL_RAMP[i + 1][k] - LEVEL_RAMP[i][k]));
        }
        return "rgba(%d, %d, %d, 0.8)".formatted(rgb[0], rgb[1], rgb[2]);
    }

    private static ObjectNode base(Series s, Colour colour, int order) {
        ObjectNode d = JSON.objectNode();
        d.put("glSeries", s.id());
        d.put("label", s.label());
        d.put("order", order);
        d.put("showLine", true);
        d.put("borderColor", colour.hex());
        d.put("backgroundColor", colour.hex());
        return d;
    }

    private static void dash(ObjectNode dataset, boolean dashed) {
        if (dashed) {
            dataset.putArray("borderDash").add(6).add(4);
        }
    }

    private static ArrayNode points(List<Point> points, boolean logX, boolean logY) {
        ArrayNode data = JSON.arrayNode();
        for (Point p : points) {
            ArrayNode pair = data.addArray();
            coordinate(pair, p.x(), logX);
            coordinate(pair, p.y(), logY);
        }
        return data;
    }

    private static void coordinate(ArrayNode pair, double value, boolean logarithmic) {
        if (!Double.isFinite(value) || (logarithmic && value <= 0)) {
            pair.addNull();
        } else {
            pair.add(value);
        }
    }

    private static boolean finite(double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode options(ChartConfig config) {
        ObjectNode options = JSON.objectNode();
        options.put("animation", false);
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        ObjectNode scales = options.putObject("scales");
        scales.set("x", axis(config.xAxis()));
        scales.set("y", axis(config.yAxis()));
        ObjectNode plugins = options.putObject("plugins");
        ObjectNode legend = plugins.putObject("legend");
        legend.put("display", config.legend());
        legend.put("position", "bottom");
        // Legend entries are short lines in the series' colour and dash pattern.
        ObjectNode labels = legend.putObject("labels");
        labels.put("usePointStyle", true);
        labels.put("pointStyle", "line");
        labels.put("pointStyleWidth", 26);
        if (config.heatmap() != null) {
            plugins.set("glHeatmap", heatmap(config.heatmap()));
        }
        return options;
    }

    private static ObjectNode axis(Axis axis) {
        ObjectNode node = JSON.objectNode();
        node.put("type", axis.scale().chartJsType());
        ObjectNode title = node.putObject("title");
        title.put("display", !axis.title().isBlank());
        title.put("text", axis.title());
        if (axis.min() != null) {
            node.put("min", axis.min());
        }
        if (axis.max() != null) {
            node.put("max", axis.max());
        }
        return node;
    }

    private static ObjectNode heatmap(Heatmap heatmap) {
        ObjectNode node = JSON.objectNode();
        node.put("xMin", heatmap.xMin());
        node.put("xMax", heatmap.xMax());
        node.put("yMin", heatmap.yMin());
        node.put("yMax", heatmap.yMax());
        node.put("columns", heatmap.columns());
        node.put("rows", heatmap.rows());
        ArrayNode values = node.putArray("values");
        for (double v : heatmap.values()) {
            if (Double.isFinite(v)) {
                values.add(v);
            } else {
                values.addNull();
            }
        }
        return node;
    }
}
