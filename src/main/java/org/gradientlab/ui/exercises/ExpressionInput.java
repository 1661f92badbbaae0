package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Part;
import org.gradientlab.ui.maths.ExpressionField;

/** A formula in the part's variables, with the live "interpreted as" preview while it is typed. */
final class ExpressionInput extends Composite<Div> implements PartInput {

    final ExpressionField field;

    ExpressionInput(Part part) {
        Variables variables = part.variables().isEmpty() ? Variables.DEFAULT : new Variables(part.variables());
        field = new ExpressionField(getTranslation("exercise.page.your-answer"), variables);
        field.setWidthFull();
        field.setPlaceholder(
                getTranslation("exercise.page.expression-placeholder", String.join(", ", variables.names())));
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
