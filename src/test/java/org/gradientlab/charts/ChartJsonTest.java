package org.gradientlab.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ChartJsonTest {

    private static final List<Point> TWO_POINTS = List.of(new Point(0, 1), new Point(1, 0.5));

    private static ChartConfig chart(Series... series) {
        return ChartConfig.of("A test chart.", Axis.linear("x"), Axis.linear("f(x)"))
                .with(series);
    }

    private static JsonNode dataset(ObjectNode config, int index) {
        return config.at("/data/datasets/" + index);
    }

    @Test
    void a_chart_is_a_scatter_chart_with_two_titled_axes_and_no_animation() {
        ObjectNode json = ChartJson.config(ChartConfig.of(
                "s", Axis.linear("step k"), Axis.logarithmic("loss").withRange(1e-6, 10)));

        assertThat(json.get("type").asString()).isEqualTo("scatter");
        assertThat(json.at("/options/animation").asBoolean()).isFalse();
        assertThat(json.at("/options/maintainAspectRatio").asBoolean()).isFalse();
        assertThat(json.at("/options/scales/x/type").asString()).isEqualTo("linear");
        assertThat(json.at("/options/scales/x/title/text").asString()).isEqualTo("step k");
        assertThat(json.at("/options/scales/x/title/display").asBoolean()).isTrue();
        assertThat(json.at("/options/scales/x").has("min")).isFalse();
        assertThat(json.at("/options/scales/y/type").asString()).isEqualTo("logarithmic");
        assertThat(json.at("/options/scales/y/min").asDouble()).isEqualTo(1e-6);
        assertThat(json.at("/options/scales/y/max").asDouble()).isEqualTo(10.0);
        assertThat(json.at("/options/plugins/legend/display").asBoolean()).isTrue();
        assertThat(json.at("/options/plugins/legend/labels/usePointStyle").asBoolean())
                .isTrue();
        assertThat(json.at("/options/plugins/legend/labels/pointStyle").asString())
                .isEqualTo("line");
        assertThat(json.at("/data/datasets").isArray()).isTrue();
        assertThat(json.at("/data/datasets").size()).isZero();
    }

    @Test
    void a_line_is_a_dataset_of_xy_pairs_without_markers() {
        ObjectNode json = ChartJson.config(
                chart(LineSeries.of("f", "f(x) = x²", TWO_POINTS).asDashed()));

        JsonNode line = dataset(json, 0);
        assertThat(line.get("glSeries").asString()).isEqualTo("f");
        assertThat(line.get("label").asString()).isEqualTo("f(x) = x²");
        assertThat(line.get("showLine").asBoolean()).isTrue();
        assertThat(line.get("pointRadius").asInt()).isZero();
        assertThat(line.get("borderWidth").asDouble()).isEqualTo(2.0);
        assertThat(line.get("borderDash").toString()).isEqualTo("[6,4]");
        assertThat(line.get("data").toString()).isEqualTo("[[0.0,1.0],[1.0,0.5]]");
        assertThat(line.get("order").asInt()).isEqualTo(ChartJson.LINE_ORDER);
    }

    @Test
    void a_path_has_markers_and_a_larger_marker_on_its_last_point() {
        ObjectNode json =
                ChartJson.config(chart(PathSeries.of("gd", "GD", TWO_POINTS).withMarkers(2, 7)));

        JsonNode path = dataset(json, 0);
        assertThat(path.get("pointRadius").asDouble()).isEqualTo(2.0);
        assertThat(path.get("glEndRadius").asDouble()).isEqualTo(7.0);
        assertThat(path.has("borderDash")).isFalse();
        assertThat(path.get("order").asInt()).isLessThan(ChartJson.LINE_ORDER);
    }

    @Test
    void series_without_a_colour_take_the_palette_in_order_and_explicit_colours_are_kept() {
        ObjectNode json = ChartJson.config(chart(
                Contours.of("f", List.of(new ContourLine(1, TWO_POINTS))),
                LineSeries.of("a", "a", TWO_POINTS),
                LineSeries.of("b", "b", TWO_POINTS).withColour(new Colour("#123456")),
                PathSeries.of("c", "c", TWO_POINTS)));

        assertThat(dataset(json, 1).get("borderColor").asString())
                .isEqualTo(Colour.PALETTE.get(0).hex());
        assertThat(dataset(json, 2).get("borderColor").asString()).isEqualTo("#123456");
        assertThat(dataset(json, 3).get("borderColor").asString())
                .isEqualTo(Colour.PALETTE.get(1).hex());
    }

    @Test
    void non_finite_values_and_non_positive_values_on_a_log_axis_become_gaps() {
        ChartConfig config = ChartConfig.of("s", Axis.linear("k"), Axis.logarithmic("loss"))
                .with(LineSeries.of(
                        "loss",
                        "loss",
                        List.of(
                                new Point(0, 10),
                                new Point(1, Double.NaN),
                                new Point(2, 0),
                                new Point(3, -1),
                                new Point(Double.POSITIVE_INFINITY, 5),
                                new Point(5, 1e-3))));

        assertThat(dataset(ChartJson.config(config), 0).get("data").toString())
                .isEqualTo("[[0.0,10.0],[1.0,null],[2.0,null],[3.0,null],[null,5.0],[5.0,0.001]]");
    }

    @Test
    void contours_become_one_background_dataset_per_level_with_gaps_between_polylines() {
        List<Point> ringA = List.of(new Point(-2, 0), new Point(-1, 0));
        List<Point> ringB = List.of(new Point(1, 0), new Point(2, 0));
        ObjectNode json = ChartJson.config(chart(Contours.of(
                "f", List.of(new ContourLine(5, TWO_POINTS), new ContourLine(-1, ringA), new ContourLine(-1, ringB)))));

        JsonNode low = dataset(json, 0);
        JsonNode high = dataset(json, 1);
        assertThat(json.at("/data/datasets").size()).isEqualTo(2);
        assertThat(low.get("glLevel").asDouble()).isEqualTo(-1.0);
        assertThat(low.get("data").toString()).isEqualTo("[[-2.0,0.0],[-1.0,0.0],[null,null],[1.0,0.0],[2.0,0.0]]");
        assertThat(high.get("glLevel").asDouble()).isEqualTo(5.0);
        assertThat(low.get("glSeries").asString()).isEqualTo("contours");
        assertThat(low.get("glHideInLegend").asBoolean()).isTrue();
        assertThat(low.get("order").asInt()).isEqualTo(ChartJson.CONTOUR_ORDER);
        assertThat(low.get("borderColor").asString())
                .isNotEqualTo(high.get("borderColor").asString());
        assertThat(low.get("label").asString()).isEqualTo("f = -1.0");
    }

    @Test
    void level_colours_run_along_the_ramp_from_the_lowest_level() {
        assertThat(ChartJson.levelColour(0, 5)).isEqualTo("rgba(59, 82, 139, 0.8)");
        assertThat(ChartJson.levelColour(4, 5)).isEqualTo("rgba(220, 210, 40, 0.8)");
        assertThat(ChartJson.levelColour(0, 1)).isEqualTo("rgba(59, 82, 139, 0.8)");
    }

    @Test
    void arrows_carry_tail_and_displacement_and_skip_non_finite_ones() {
        ObjectNode json = ChartJson.config(chart(
                ArrowField.of("grad", "−∇f", List.of(new Arrow(1, 2, -0.5, 0.25), new Arrow(0, 0, Double.NaN, 1)))));

        JsonNode field = dataset(json, 0);
        assertThat(field.get("glArrows").toString()).isEqualTo("[[1.0,2.0,-0.5,0.25]]");
        assertThat(field.get("data").toString()).isEqualTo("[[1.0,2.0]]");
        assertThat(field.get("showLine").asBoolean()).isFalse();
    }

    @Test
    void a_heatmap_is_passed_to_its_plugin_with_gaps_for_undefined_cells() {
        Heatmap heatmap = new Heatmap(-1, 1, 0, 2, 2, 1, List.of(0.5, Double.NaN));
        ObjectNode json = ChartJson.config(chart().withHeatmap(heatmap));

        JsonNode node = json.at("/options/plugins/glHeatmap");
        assertThat(node.get("columns").asInt()).isEqualTo(2);
        assertThat(node.get("rows").asInt()).isEqualTo(1);
        assertThat(node.get("xMin").asDouble()).isEqualTo(-1.0);
        assertThat(node.get("yMax").asDouble()).isEqualTo(2.0);
        assertThat(node.get("values").toString()).isEqualTo("[0.5,null]");
    }

    @Test
    void an_update_carries_only_the_changed_series_with_the_colour_they_have_in_the_chart() {
        ChartConfig config = chart(LineSeries.of("a", "a", TWO_POINTS), PathSeries.of("b", "b", TWO_POINTS));

        ObjectNode update = ChartJson.update(config, Set.of("b"), List.of("gone"), false);

        assertThat(update.get("series").toString()).isEqualTo("[\"b\"]");
        assertThat(update.get("removed").toString()).isEqualTo("[\"gone\"]");
        assertThat(update.get("datasets").size()).isEqualTo(1);
        assertThat(update.at("/datasets/0/glSeries").asString()).isEqualTo("b");
        assertThat(update.at("/datasets/0/borderColor").asString())
                .isEqualTo(Colour.PALETTE.get(1).hex());
        assertThat(update.has("heatmap")).isFalse();
    }

    @Test
    void an_update_that_removes_the_heatmap_says_so() {
        ObjectNode update = ChartJson.update(chart(), List.of(), List.of(), true);

        assertThat(update.get("heatmap").isNull()).isTrue();
    }
}
