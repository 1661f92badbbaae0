package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.NumberSetCheck;
import org.gradientlab.exercises.Part;

/**
 * A set of numbers, possibly empty. When the part offers values to pick from ("which of these rates diverge?") it
 * is a group of checkboxes; otherwise a list of number fields that can grow and shrink (eigenvalues in any order).
 */
final class NumberSetInput extends Composite<Div> implements PartInput {

    static final int MAX_ENTRIES = 8;

    /** The offered values, when there are any; empty otherwise. */
    final List<Double> offered;

    final CheckboxGroup<Double> checkboxes = new CheckboxGroup<>();
    final List<TextField> fields = new ArrayList<>();
    final Div fieldList = new Div();
    final Button add = new Button(VaadinIcon.PLUS.create());
    private final List<Runnable> listeners = new ArrayList<>();

    NumberSetInput(Part part) {
        getContent().addClassName("gl-part-input");
        if (part.check() instanceof NumberSetCheck c) {
            offered = c.offered();
            checkboxes.setItems(offered);
            checkboxes.setItemLabelGenerator(Inputs::number);
            checkboxes.setLabel(getTranslation("exercise.page.pick-values"));
            checkboxes.setHelperText(getTranslation("exercise.page.pick-none"));
            checkboxes.addClassName("gl-number-set");
            checkboxes.addValueChangeListener(e -> listeners.forEach(Runnable::run));
            getContent().add(checkboxes);
        } else {
            offered = List.of();
            int size =
                    Math.max(1, ((Answer.Entries) part.modelAnswer()).entries().size());
            fieldList.addClassName("gl-number-list");
            add.setText(getTranslation("exercise.page.add-number"));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            add.addClickListener(e -> addField(""));
            getContent().add(fieldList, add);
            for (int i = 0; i < size; i++) {
                addField("");
            }
        }
    }

    private void addField(String text) {
        if (fields.size() >= MAX_ENTRIES) {
            return;
        }
        TextField field = Inputs.plainText(new TextField());
        field.setValue(text);
        field.addClassName("gl-cell");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> listeners.forEach(Runnable::run));
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("exercise.page.remove-number"));
        Div row = new Div(field, remove);
        row.addClassName("gl-number-list-row");
        remove.addClickListener(e -> {
            fields.remove(field);
            fieldList.remove(row);
            relabel();
            listeners.forEach(Runnable::run);
        });
        fields.add(field);
        fieldList.add(row);
        relabel();
        listeners.forEach(Runnable::run);
    }

    private void relabel() {
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).setAriaLabel(getTranslation("exercise.page.entry", i + 1));
        }
        add.setEnabled(fields.size() < MAX_ENTRIES);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Answer answer() {
        if (!offered.isEmpty()) {
            return new Answer.Entries(offered.stream()
                    .filter(checkboxes.getValue()::contains)
                    .map(Inputs::number)
                    .toList());
        }
        return new Answer.Entries(fields.stream()
                .map(TextField::getValue)
                .filter(s -> !s.isBlank())
                .toList());
    }

    @Override
    public void setAnswer(Answer answer) {
        if (!(answer instanceof Answer.Entries e)) {
            return;
        }
        if (!offered.isEmpty()) {
            checkboxes.setValue(new java.util.LinkedHashSet<>(offered.stream()
                    .filter(v -> e.entries().stream().anyMatch(s -> s.strip().equals(Inputs.number(v))))
                    .toList()));
            return;
        }
        fields.clear();
        fieldList.removeAll();
        for (String s : e.entries()) {
            addField(s);
        }
        if (fields.isEmpty()) {
            addField("");
        }
    }

    @Override
    public Registration addChangeListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
