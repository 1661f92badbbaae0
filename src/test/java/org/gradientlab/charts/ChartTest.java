package org.gradientlab.charts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChartTest {

    private static final List<Point> PATH = List.of(new Point(3, 2), new Point(2.4, -1.2), new Point(1.92, 0.72));

    private Chart chart;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        chart = new Chart(ChartConfig.of("GD on a bowl, three steps.", Axis.linear("x₁"), Axis.linear("x₂"))
                .withTitle("Gradient descent")
                .with(
                        Contours.of("f", List.of(new ContourLine(1, PATH))),
                        PathSeries.of("gd", "GD", PATH),
                        LineSeries.of("ref", "reference", List.of(new Point(0, 0), new Point(1, 1)))));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** The Chart.js calls the next response would carry to the browser, by function name (consumes them). */
    private static List<String> calls() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<String> names = new ArrayList<>();
        for (PendingJavaScriptInvocation invocation : ui.getInternals().dumpPendingJavaScriptInvocations()) {
            String expression = invocation.getInvocation().getExpression();
            for (String function : List.of("setConfig", "updateSeries")) {
                if (expression.contains(function)) {
                    names.add(function);
                }
            }
        }
        return names;
    }

    @Test
    void the_canvas_is_an_image_described_by_the_summary() {
        assertThat(chart.canvas.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.canvas.getElement().getAttribute("aria-label")).isEqualTo("GD on a bowl, three steps.");
        assertThat(chart.title.getText()).isEqualTo("Gradient descent");
        assertThat(chart.title.isVisible()).isTrue();
    }

    @Test
    void a_chart_without_a_title_hides_the_title() {
        chart.setConfig(chart.config().withTitle(""));

        assertThat(chart.title.isVisible()).isFalse();
    }

    @Test
    void the_table_toggle_shows_the_data_of_every_series_but_the_contours() {
        UI.getCurrent().add(chart);
        assertThat(chart.table.isVisible()).isFalse();
        assertThat(chart.tableToggle.getText()).isEqualTo("View as table");
        assertThat(chart.tableToggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");

        _click(chart.tableToggle);

        assertThat(chart.table.isVisible()).isTrue();
        assertThat(chart.tableToggle.getText()).isEqualTo("Hide table");
        assertThat(chart.tableToggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        List<NativeTable> tables = _find(chart.table, NativeTable.class);
        assertThat(tables).extracting(NativeTable::getCaptionText).containsExactly("GD", "reference");
        assertThat(_find(tables.getFirst(), NativeTableHeaderCell.class))
                .extracting(NativeTableHeaderCell::getText)
                .containsExactly("Step k", "x₁", "x₂");
        assertThat(_find(tables.getFirst(), NativeTableCell.class))
                .extracting(NativeTableCell::getText)
                .containsExactly("0", "3", "2", "1", "2.4", "−1.2", "2", "1.92", "0.72");

        _click(chart.tableToggle);

        assertThat(chart.table.isVisible()).isFalse();
        assertThat(chart.table.getChildren()).isEmpty();
    }

    @Test
    void a_visible_table_follows_live_updates() {
        chart.setTableVisible(true);

        chart.updateSeries(PathSeries.of("gd", "GD", PATH.subList(0, 1)));

        NativeTable path = _find(chart.table, NativeTable.class).getFirst();
        assertThat(path.getBody().getRowCount()).isEqualTo(1);
    }

    @Test
    void long_series_are_cut_in_the_table_and_the_cut_is_said() {
        double[] losses = new double[ChartTable.MAX_ROWS + 20];
        chart.setConfig(ChartConfig.of("loss", Axis.linear("k"), Axis.logarithmic("f"))
                .with(LineSeries.of("loss", "loss", Point.indexed(losses))));

        chart.setTableVisible(true);

        assertThat(_find(chart.table, NativeTable.class).getFirst().getBody().getRowCount())
                .isEqualTo(ChartTable.MAX_ROWS);
        assertThat(_find(chart.table, Paragraph.class))
                .extracting(Paragraph::getText)
                .containsExactly("First 500 of 520 rows.");
    }

    @Test
    void attaching_sends_the_whole_configuration_and_updates_send_only_the_changes() {
        UI.getCurrent().add(chart);
        assertThat(calls()).containsExactly("setConfig");

        chart.updateSeries(PathSeries.of("gd", "GD", PATH.subList(0, 2)));
        chart.removeSeries("ref");

        assertThat(calls()).containsExactly("updateSeries", "updateSeries");
        assertThat(chart.config().series()).extracting(Series::id).containsExactly("contours", "gd");
        assertThat(((PathSeries) chart.config().series().get(1)).points()).hasSize(2);
    }

    @Test
    void a_detached_chart_sends_nothing_until_it_is_attached() {
        chart.updateSeries(PathSeries.of("gd", "GD", PATH.subList(0, 2)));
        chart.setConfig(chart.config().withTitle("new"));

        assertThat(calls()).isEmpty();
        UI.getCurrent().add(chart);
        assertThat(calls()).containsExactly("setConfig");
    }

    @Test
    void the_toggle_speaks_german_in_a_german_ui() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        Chart german = new Chart(chart.config());
        UI.getCurrent().add(german);

        assertThat(german.tableToggle.getText()).isEqualTo("Als Tabelle anzeigen");
    }
}
