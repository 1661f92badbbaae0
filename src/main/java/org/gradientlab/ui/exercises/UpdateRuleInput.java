package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.stream.Collectors;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.OptimizerRuleCheck;
import org.gradientlab.exercises.Part;

/**
 * Update rules in a monospace text area, one assignment per line, prefilled with the template: one line
 * {@code name = } for each quantity the rule updates, in update order, ending with {@code x = }.
 */
final class UpdateRuleInput extends Composite<Div> implements PartInput {

    final TextArea area = new TextArea();

    UpdateRuleInput(Part part) {
        area.setLabel(getTranslation("exercise.page.update-rules"));
        area.setHelperText(getTranslation("exercise.page.update-rules-help"));
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.addClassName("gl-update-rule");
        area.setWidthFull();
        area.getElement().setAttribute("spellcheck", "false");
        area.setValue(template(part));
        getContent().addClassName("gl-part-input");
        getContent().add(area);
    }

    /** One {@code name = } line per quantity the rule assigns. */
    static String template(Part part) {
        if (part.check() instanceof OptimizerRuleCheck c) {
            return c.rule().templateTargets().stream().map(n -> n + " = ").collect(Collectors.joining("\n"));
        }
        return "x = ";
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Answer answer() {
        return Answer.text(area.getValue());
    }

    @Override
    public void setAnswer(Answer answer) {
        if (answer instanceof Answer.Text t) {
            area.setValue(t.text());
        }
    }

    @Override
    public Registration addChangeListener(Runnable listener) {
        return area.addValueChangeListener(e -> listener.run());
    }
}
