package org.gradientlab.ui.teach;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterProblem;

/**
 * One exercise of an assignment in the editor: its title, a field per parameter (empty = the default, shown as the
 * placeholder, which variants may vary per student), and buttons to move it up or down or remove it. Problems
 * with an override are shown on that parameter's field.
 */
final class ItemEditor extends Div {

    final Exercise exercise;
    final Map<String, TextField> fields = new LinkedHashMap<>();
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());

    ItemEditor(Exercise exercise, Map<String, String> overrides) {
        this.exercise = exercise;
        addClassNames("gl-card", "gl-teach-item");
        up.getElement().setAttribute("aria-label", getTranslation("teach.item.up"));
        down.getElement().setAttribute("aria-label", getTranslation("teach.item.down"));
        remove.getElement().setAttribute("aria-label", getTranslation("teach.item.remove"));
        for (Button b : List.of(up, down, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        }
        Div heading = new Div(new H3(Titles.exercise(this, exercise)), new Span(exercise.id()), up, down, remove);
        heading.addClassName("gl-teach-item-heading");
        FormLayout form = new FormLayout();
        for (Parameter p : exercise.parameters()) {
            TextField field = new TextField(p.name());
            field.setPlaceholder(p.defaultValue());
            field.setHelperText(getTranslation("teach.item.default", p.description(), p.defaultValue()));
            field.setValue(overrides.getOrDefault(p.name(), ""));
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> field.setInvalid(false));
            fields.put(p.name(), field);
            form.add(field);
        }
        add(heading);
        if (fields.isEmpty()) {
            add(new Span(getTranslation("teach.item.no-parameters")));
        } else {
            add(form);
        }
    }

    /** The overridden parameters: those with a value typed in. */
    Map<String, String> overrides() {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            if (!field.getValue().isBlank()) {
                out.put(name, field.getValue().strip());
            }
        });
        return out;
    }

    /** Checks the overrides with the exercise's own validation; shows each problem on its field. */
    boolean check() {
        fields.values().forEach(f -> f.setInvalid(false));
        List<ParameterProblem> problems = exercise.validate(overrides());
        for (ParameterProblem p : problems) {
            TextField field = fields.get(p.parameter());
            if (field != null) {
                field.setErrorMessage(getTranslation(
                        "teach.parameter-problem." + p.key().key(), p.args().toArray()));
                field.setInvalid(true);
            }
        }
        return problems.isEmpty();
    }

    void setEditable(boolean editable) {
        fields.values().forEach(f -> f.setReadOnly(!editable));
        up.setVisible(editable);
        down.setVisible(editable);
        remove.setVisible(editable);
    }
}
