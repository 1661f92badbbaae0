package org.gradientlab.charts;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Chart.js chart of a {@link ChartConfig}: title, canvas (announced to screen readers by the config's
 * summary), and a "view as table" toggle that shows the same data as HTML tables.
 *
 * <p>{@link #updateSeries} and {@link #removeSeries} change the chart live: only the changed series travel to
 * the browser, where the existing Chart.js instance swaps their data and redraws without animation.
 * {@link #setConfig} replaces everything (still without rebuilding the Chart.js instance).
 */
public class Chart extends Composite<Div> implements HasSize {

    private static final AtomicLong IDS = new AtomicLong();

    private ChartConfig config;
    private boolean tableVisible;

    final Span title = new Span();
    final ChartCanvas canvas = new ChartCanvas();
    final Button tableToggle = new Button();
    final Div table = new Div();

    public Chart(ChartConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        String tableId = "gl-chart-table-" + IDS.incrementAndGet();
        title.addClassName("gl-chart-title");
        tableToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        tableToggle.setIcon(VaadinIcon.TABLE.create());
        tableToggle.addClassName("gl-chart-table-toggle");
        tableToggle.getElement().setAttribute("aria-controls", tableId);
        tableToggle.addClickListener(e -> setTableVisible(!tableVisible));
        Div header = new Div(title, tableToggle);
        header.addClassName("gl-chart-header");
        canvas.addClassName("gl-chart-canvas");
        table.setId(tableId);
        table.addClassName("gl-chart-tables");
        table.setVisible(false);
        Div root = getContent();
        root.addClassName("gl-chart");
        root.add(header, canvas, table);
        showConfig();
    }

    /** The configuration currently shown. */
    public ChartConfig config() {
        return config;
    }

    /** Shows a new configuration; the browser keeps its Chart.js instance and redraws. */
    public void setConfig(ChartConfig newConfig) {
        config = Objects.requireNonNull(newConfig, "config");
        showConfig();
        if (isAttached()) {
            canvas.sendConfig(ChartJson.config(config));
        }
    }

    /**
     * Replaces each given series (matched by id) or adds it when new, and sends only those series to the
     * browser: the live path for a slider or a running optimizer.
     */
    public void updateSeries(Series... changed) {
        config = config.with(changed);
        Set<String> ids = new LinkedHashSet<>();
        for (Series s : changed) {
            ids.add(s.id());
        }
        refreshTable();
        if (isAttached()) {
            canvas.sendUpdate(ChartJson.update(config, ids, List.of(), false));
        }
    }

    /** Removes the series with these ids (unknown ids are ignored). */
    public void removeSeries(String... ids) {
        config = config.without(ids);
        refreshTable();
        if (isAttached()) {
            canvas.sendUpdate(ChartJson.update(config, List.of(), List.of(ids), false));
        }
    }

    /** Replaces (or with {@code null} removes) the heatmap background, live. */
    public void updateHeatmap(Heatmap heatmap) {
        config = config.withHeatmap(heatmap);
        if (isAttached()) {
            canvas.sendUpdate(ChartJson.update(config, List.of(), List.of(), true));
        }
    }

    /**
     * Calls {@code listener} with the point (in data coordinates) where the visitor clicks inside the plot area,
     * e.g. to pick a start point; the cursor over the chart becomes a crosshair.
     */
    public Registration addPointPickListener(SerializableConsumer<Point> listener) {
        return canvas.addPickListener(listener);
    }

    /** The canvas height as a CSS length (default {@code 20rem}). */
    public void setChartHeight(String height) {
        canvas.getElement().getStyle().set("height", height);
    }

    public boolean isTableVisible() {
        return tableVisible;
    }

    /** Shows or hides the data tables under the chart. */
    public void setTableVisible(boolean visible) {
        tableVisible = visible;
        table.setVisible(visible);
        refreshTable();
        refreshToggle();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refreshToggle();
        // A re-attached element may be a fresh one in the browser: it always gets the whole configuration.
        canvas.sendConfig(ChartJson.config(config));
    }

    private void showConfig() {
        title.setText(config.title());
        title.setVisible(!config.title().isBlank());
        canvas.setSummary(config.summary());
        refreshTable();
        refreshToggle();
    }

    private void refreshToggle() {
        tableToggle.setText(ChartMessages.get(getLocale(), tableVisible ? "table.hide" : "table.show"));
        tableToggle.getElement().setAttribute("aria-expanded", Boolean.toString(tableVisible));
    }

    private void refreshTable() {
        table.removeAll();
        if (tableVisible) {
            table.add(new ArrayList<>(ChartTable.render(config, getLocale())));
        }
    }
}
