package org.gradientlab.charts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The data of a chart as plain HTML tables, one per tabulated series, with a caption and column headers: what a
 * screen reader (or anyone who wants the numbers) reads instead of the canvas.
 */
final class ChartTable {

    /** Long runs are cut so that the page stays light; the caption says so. */
    static final int MAX_ROWS = 500;

    private ChartTable() {}

    static List<Component> render(ChartConfig config, Locale locale) {
        List<Component> tables = new ArrayList<>();
        String x = columnTitle(config.xAxis(), "x");
        String y = columnTitle(config.yAxis(), "y");
        for (Series series : config.series()) {
            switch (series) {
                case LineSeries s -> tables.add(table(s.label(), locale, List.of(x, y), pointRows(s.points(), false)));
                case PathSeries s ->
                    tables.add(table(
                            s.label(),
                            locale,
                            List.of(ChartMessages.get(locale, "table.step"), x, y),
                            pointRows(s.points(), true)));
                case ArrowField s ->
                    tables.add(table(s.label(), locale, List.of(x, y, "Δ" + x, "Δ" + y), arrowRows(s)));
                case Contours s -> {
                    // Contours are described by the summary; their thousands of vertices are no reading matter.
                }
            }
        }
        if (tables.isEmpty()) {
            tables.add(new Paragraph(ChartMessages.get(locale, "table.none")));
        }
        return tables;
    }

    private static String columnTitle(Axis axis, String fallback) {
        return axis.title().isBlank() ? fallback : axis.title();
    }

    private static List<List<String>> pointRows(List<Point> points, boolean numbered) {
        List<List<String>> rows = new ArrayList<>(points.size());
        for (int k = 0; k < points.size(); k++) {
            Point p = points.get(k);
            String xText = NumberText.format(p.x());
            String yText = NumberText.format(p.y());
            rows.add(numbered ? List.of(Integer.toString(k), xText, yText) : List.of(xText, yText));
        }
        return rows;
    }

    private static List<List<String>> arrowRows(ArrowField field) {
        return field.arrows().stream()
                .map(a -> List.of(
                        NumberText.format(a.x()), NumberText.format(a.y()),
                        NumberText.format(a.dx()), NumberText.format(a.dy())))
                .toList();
    }

    private static Component table(String label, Locale locale, List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("gl-chart-table");
        NativeTableCaption caption = table.getCaption();
        caption.setText(label);
        NativeTableHeader head = table.getHead();
        NativeTableRow headRow = head.addRow();
        headers.forEach(h -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        });
        NativeTableBody body = table.getBody();
        rows.stream().limit(MAX_ROWS).forEach(values -> {
            NativeTableRow row = body.addRow();
            values.forEach(v -> row.add(new NativeTableCell(v)));
        });
        if (rows.size() <= MAX_ROWS) {
            return table;
        }
        Div wrapper =
                new Div(table, new Paragraph(ChartMessages.get(locale, "table.truncated", MAX_ROWS, rows.size())));
        wrapper.addClassName("gl-chart-table-wrapper");
        return wrapper;
    }
}
