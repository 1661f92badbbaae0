package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.MatrixCheck;
import org.gradientlab.exercises.Part;
import org.gradientlab.grading.Mask;

/**
 * A matrix as a grid of cells whose shape the student chooses: rows and columns can be added and removed, so a
 * 2×3 answer to a 3×2 Jacobian reaches the grader as typed and is recognised as transposed rather than refused.
 * Cells keep their text when the shape changes. The grader's mask colours each cell.
 */
final class MatrixInput extends Composite<Div> implements PartInput {

    static final int MAX_SIZE = 6;

    final Div grid = new Div();
    final Span shape = new Span();
    final Button addRow = new Button(VaadinIcon.PLUS.create());
    final Button removeRow = new Button(VaadinIcon.MINUS.create());
    final Button addColumn = new Button(VaadinIcon.PLUS.create());
    final Button removeColumn = new Button(VaadinIcon.MINUS.create());
    /** The cells, rows outer; always a rectangle. */
    final List<List<TextField>> cells = new ArrayList<>();

    private final List<Runnable> listeners = new ArrayList<>();

    MatrixInput(Part part) {
        int rows;
        int columns;
        if (part.check() instanceof MatrixCheck m) {
            rows = m.rows();
            columns = m.columns();
        } else {
            List<List<String>> model = ((Answer.Grid) part.modelAnswer()).rows();
            rows = Math.max(1, model.size());
            columns = Math.max(1, model.isEmpty() ? 1 : model.getFirst().size());
        }
        grid.addClassName("gl-matrix-cells");
        shape.addClassName("gl-matrix-shape");
        shape.getElement().setAttribute("aria-live", "polite");
        setUp(addRow, "exercise.page.add-row", () -> resize(cells.size() + 1, columns()));
        setUp(removeRow, "exercise.page.remove-row", () -> resize(cells.size() - 1, columns()));
        setUp(addColumn, "exercise.page.add-column", () -> resize(cells.size(), columns() + 1));
        setUp(removeColumn, "exercise.page.remove-column", () -> resize(cells.size(), columns() - 1));
        Div rowControls = new Div(new Span(getTranslation("exercise.page.rows")), removeRow, addRow);
        Div columnControls = new Div(new Span(getTranslation("exercise.page.columns")), removeColumn, addColumn);
        rowControls.addClassName("gl-matrix-control");
        columnControls.addClassName("gl-matrix-control");
        Div controls = new Div(shape, rowControls, columnControls);
        controls.addClassName("gl-matrix-controls");
        Span open = new Span();
        Span close = new Span();
        open.addClassNames("gl-matrix-bracket", "gl-matrix-bracket-open");
        close.addClassNames("gl-matrix-bracket", "gl-matrix-bracket-close");
        Div matrix = new Div(open, grid, close);
        matrix.addClassName("gl-matrix");
        getContent().addClassName("gl-part-input");
        getContent().add(matrix, controls);
        resize(rows, columns);
    }

    private void setUp(Button button, String key, Runnable action) {
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        button.addClickListener(e -> action.run());
    }

    int columns() {
        return cells.isEmpty() ? 0 : cells.getFirst().size();
    }

    /** Changes the shape, keeping the text of the cells that remain; sizes are kept within 1 … {@value #MAX_SIZE}. */
    void resize(int rows, int columns) {
        int r = Math.clamp(rows, 1, MAX_SIZE);
        int c = Math.clamp(columns, 1, MAX_SIZE);
        while (cells.size() > r) {
            cells.removeLast();
        }
        while (cells.size() < r) {
            cells.add(new ArrayList<>());
        }
        for (List<TextField> row : cells) {
            while (row.size() > c) {
                row.removeLast();
            }
            while (row.size() < c) {
                row.add(cell());
            }
        }
        grid.removeAll();
        grid.getStyle().set("grid-template-columns", "repeat(" + c + ", minmax(3.5rem, 7rem))");
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                TextField cell = cells.get(i).get(j);
                cell.setAriaLabel(getTranslation("exercise.page.cell", i + 1, j + 1));
                grid.add(cell);
            }
        }
        shape.setText(getTranslation("exercise.page.shape", r, c));
        addRow.setEnabled(r < MAX_SIZE);
        removeRow.setEnabled(r > 1);
        addColumn.setEnabled(c < MAX_SIZE);
        removeColumn.setEnabled(c > 1);
        clearMask();
        listeners.forEach(Runnable::run);
    }

    private TextField cell() {
        TextField cell = Inputs.plainText(new TextField());
        cell.addClassName("gl-cell");
        cell.setValueChangeMode(ValueChangeMode.LAZY);
        cell.addValueChangeListener(e -> {
            Inputs.mark(cell, null);
            listeners.forEach(Runnable::run);
        });
        return cell;
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Answer answer() {
        return Answer.grid(cells.stream()
                .map(row -> row.stream().map(TextField::getValue).toList())
                .toList());
    }

    @Override
    public void setAnswer(Answer answer) {
        if (answer instanceof Answer.Grid g && !g.rows().isEmpty()) {
            int c = g.rows().stream().mapToInt(List::size).max().orElse(1);
            resize(g.rows().size(), c);
            for (int i = 0; i < cells.size(); i++) {
                for (int j = 0; j < columns(); j++) {
                    List<String> row = g.rows().get(i);
                    cells.get(i).get(j).setValue(j < row.size() ? row.get(j) : "");
                }
            }
        }
    }

    @Override
    public Registration addChangeListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void showMask(Mask mask) {
        if (mask instanceof Mask.Cells m) {
            for (int i = 0; i < cells.size(); i++) {
                for (int j = 0; j < columns(); j++) {
                    List<Boolean> row = i < m.rows().size() ? m.rows().get(i) : List.of();
                    Inputs.mark(cells.get(i).get(j), j < row.size() ? row.get(j) : null);
                }
            }
        }
    }

    @Override
    public void clearMask() {
        cells.forEach(row -> row.forEach(c -> Inputs.mark(c, null)));
    }
}
