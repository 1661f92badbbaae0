package org.gradientlab.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartConfigTest {

    private static final Axis X = Axis.linear("x");
    private static final Axis Y = Axis.linear("y");
    private static final List<Point> POINTS = List.of(new Point(0, 0));

    @Test
    void every_chart_needs_a_summary_for_screen_readers() {
        assertThatThrownBy(() -> ChartConfig.of(" ", X, Y)).hasMessageContaining("summary");
    }

    @Test
    void series_ids_are_unique_within_a_chart() {
        assertThatThrownBy(() -> new ChartConfig(
                        "",
                        "s",
                        X,
                        Y,
                        List.of(LineSeries.of("a", "a", POINTS), PathSeries.of("a", "b", POINTS)),
                        true,
                        null))
                .hasMessageContaining("two series share the id a");
        assertThatThrownBy(() -> LineSeries.of(" ", "blank", POINTS)).hasMessageContaining("non-blank id");
    }

    @Test
    void with_replaces_a_series_in_place_or_appends_a_new_one() {
        var config =
                ChartConfig.of("s", X, Y).with(LineSeries.of("a", "one", POINTS), LineSeries.of("b", "two", POINTS));

        var changed = config.with(LineSeries.of("a", "one again", POINTS), LineSeries.of("c", "three", POINTS));

        assertThat(changed.series()).extracting(Series::label).containsExactly("one again", "two", "three");
        assertThat(changed.without("b", "unknown").series())
                .extracting(Series::id)
                .containsExactly("a", "c");
        assertThat(config.series()).extracting(Series::label).containsExactly("one", "two");
    }

    @Test
    void axes_refuse_empty_ranges_and_logarithmic_ranges_through_zero() {
        assertThatThrownBy(() -> Axis.linear("x").withRange(1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Axis.logarithmic("loss").withRange(0, 1)).hasMessageContaining("above 0");
        assertThat(Axis.logarithmic("loss").withRange(1e-3, 1).min()).isEqualTo(1e-3);
    }

    @Test
    void colours_are_hex_triplets_and_the_palette_wraps_around() {
        assertThatThrownBy(() -> new Colour("red")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Colour.automatic(Colour.PALETTE.size())).isEqualTo(Colour.PALETTE.getFirst());
        assertThat(new Colour("#0072B2").withAlpha(0.5)).isEqualTo("rgba(0, 114, 178, 0.5)");
    }

    @Test
    void a_heatmap_needs_one_value_per_cell() {
        assertThatThrownBy(() -> new Heatmap(0, 1, 0, 1, 2, 2, List.of(1.0, 2.0, 3.0)))
                .hasMessageContaining("needs 4 values");
        Heatmap sampled = Heatmap.sample((x, y) -> x + 10 * y, 0, 2, 0, 1, 2, 1);
        // Cell centres are x = 0.5, 1.5 at y = 0.5.
        assertThat(sampled.values()).containsExactly(5.5, 6.5);
    }

    @Test
    void points_can_be_built_from_arrays_and_loss_values() {
        assertThat(Point.zip(new double[] {1, 2}, new double[] {3, 4}))
                .containsExactly(new Point(1, 3), new Point(2, 4));
        assertThat(Point.indexed(new double[] {9, 8})).containsExactly(new Point(0, 9), new Point(1, 8));
        assertThatThrownBy(() -> Point.zip(new double[] {1}, new double[] {}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void table_numbers_have_six_significant_digits() {
        assertThat(NumberText.format(Math.PI)).isEqualTo("3.14159");
        assertThat(NumberText.format(-0.000123456789)).isEqualTo("−0.000123457");
        assertThat(NumberText.format(1.5e-9)).isEqualTo("1.5E−9");
        assertThat(NumberText.format(2.0)).isEqualTo("2");
        assertThat(NumberText.format(Double.NaN)).isEqualTo("NaN");
        assertThat(NumberText.format(Double.NEGATIVE_INFINITY)).isEqualTo("−∞");
    }
}
