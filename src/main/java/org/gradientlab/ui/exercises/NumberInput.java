package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Part;

/**
 * One number, typed as text so that {@code 1e-3}, {@code 1/3} or {@code 2/20} reach the grader as written (a
 * number field would refuse them or round them).
 */
final class NumberInput extends Composite<Div> implements PartInput {

    final TextField field = new TextField();

    NumberInput(Part part) {
        field.setLabel(getTranslation("exercise.page.your-answer"));
        field.setPlaceholder(getTranslation("exercise.page.number-placeholder"));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addClassName("gl-number-input");
        Inputs.plainText(field);
        getContent().addClassName("gl-part-input");
        getContent().add(field);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Answer answer() {
        return Answer.text(field.getValue());
    }

    @Override
    public void setAnswer(Answer answer) {
        if (answer instanceof Answer.Text t) {
            field.setValue(t.text());
        }
    }

    @Override
    public Registration addChangeListener(Runnable listener) {
        return field.addValueChangeListener(e -> listener.run());
    }
}
