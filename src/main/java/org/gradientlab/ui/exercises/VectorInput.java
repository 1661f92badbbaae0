package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Part;
import org.gradientlab.grading.Mask;

/**
 * A vector as a row of cells between brackets, one per entry; each cell a number or a formula in the point's
 * variables. The grader's mask colours each cell.
 */
final class VectorInput extends Composite<Div> implements PartInput {

    final List<TextField> cells = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();

    VectorInput(Part part) {
        int size = ((Answer.Entries) part.modelAnswer()).entries().size();
        Div row = new Div();
        row.addClassName("gl-vector-cells");
        for (int i = 0; i < size; i++) {
            TextField cell = Inputs.plainText(new TextField());
            cell.addClassName("gl-cell");
            cell.setValueChangeMode(ValueChangeMode.LAZY);
            cell.setAriaLabel(getTranslation("exercise.page.entry", i + 1));
            cell.addValueChangeListener(e -> {
                Inputs.mark(cell, null);
                listeners.forEach(Runnable::run);
            });
            cells.add(cell);
            row.add(cell);
        }
        Span open = new Span("(");
        Span close = new Span(")");
        open.addClassName("gl-bracket");
        close.addClassName("gl-bracket");
        Div vector = new Div(open, row, close);
        vector.addClassName("gl-vector");
        getContent().addClassName("gl-part-input");
        getContent().add(vector);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Answer answer() {
        return new Answer.Entries(cells.stream().map(TextField::getValue).toList());
    }

    @Override
    public void setAnswer(Answer answer) {
        if (answer instanceof Answer.Entries e) {
            for (int i = 0; i < cells.size(); i++) {
                cells.get(i).setValue(i < e.entries().size() ? e.entries().get(i) : "");
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
        if (mask instanceof Mask.Entries e) {
            for (int i = 0; i < cells.size(); i++) {
                Inputs.mark(cells.get(i), i < e.entries().size() ? e.entries().get(i) : null);
            }
        }
    }

    @Override
    public void clearMask() {
        cells.forEach(c -> Inputs.mark(c, null));
    }
}
