package org.gradientlab.ui.playground;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.gradientlab.engine.optim.RunResult;

/**
 * Where each racer ended: final point, final f, the updates it made, and what became of it (converged, not yet,
 * below the threshold at step k, diverged at step k, or settings refused). One row per racer, in racing order;
 * each row carries {@code data-outcome} for styling.
 */
class ResultsTable extends Composite<Div> {

    final NativeTable table = new NativeTable();

    ResultsTable() {
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("racer", "final-point", "final-f", "steps", "result")) {
            head.addHeaderCell().setText(getTranslation("playground.results." + key));
        }
        table.addClassName("gl-results");
        getContent().addClassName("gl-results-scroll");
        getContent().add(table);
    }

    /** Shows these laps, replacing the rows shown before. */
    void show(List<Lap> laps, PlaygroundState state) {
        table.getBody().removeAllRows();
        for (Lap lap : laps) {
            NativeTableRow row = table.getBody().addRow();
            Span swatch = new Span();
            swatch.addClassName("gl-swatch");
            swatch.getStyle().set("background", lap.racer().colour().hex());
            NativeTableCell name = row.addDataCell();
            name.add(swatch, new Span(Texts.racer(this, lap.racer())));
            name.addClassName("gl-results-racer");
            switch (lap) {
                case Lap.Finished finished -> {
                    RunResult result = finished.result();
                    double[] last = result.finalPoint();
                    row.addDataCell().setText(Texts.point(last[0], last[1]));
                    row.addDataCell().setText(Texts.number(result.finalLoss()));
                    row.addDataCell().setText(Integer.toString(result.step()));
                    row.getElement()
                            .setAttribute(
                                    "data-outcome",
                                    result.reason() == org.gradientlab.engine.optim.StopReason.DIVERGED
                                            ? "diverged"
                                            : result.outcome().name().toLowerCase(Locale.ROOT));
                }
                case Lap.Refused refused -> {
                    for (int i = 0; i < 3; i++) {
                        row.addDataCell().setText("—");
                    }
                    row.getElement().setAttribute("data-outcome", "refused");
                }
            }
            NativeTableCell outcome = row.addDataCell();
            outcome.setText(Texts.outcome(this, lap, state));
            outcome.addClassName("gl-results-outcome");
        }
    }

    /** The text of each row's cells, for tests and for the chart-free summary. */
    List<List<String>> rows() {
        return table.getBody().getRows().stream()
                .map(r -> r.getDataCells().stream()
                        .map(cell -> cell.getElement().getTextRecursively())
                        .toList())
                .toList();
    }
}
