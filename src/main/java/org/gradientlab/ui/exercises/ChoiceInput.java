package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.shared.Registration;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Choice;
import org.gradientlab.exercises.Part;

/** One choice out of the part's options, as radio buttons whose labels may hold formulas. */
final class ChoiceInput extends Composite<Div> implements PartInput {

    final RadioButtonGroup<Choice> group = new RadioButtonGroup<>();

    ChoiceInput(Part part) {
        group.setItems(part.choices());
        group.setRenderer(new ComponentRenderer<>(choice -> {
            Span label = new Span();
            label.add(InlineMath.render(choice.label()));
            return label;
        }));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setAriaLabel(getTranslation("exercise.page.your-answer"));
        group.addClassName("gl-choice-input");
        getContent().addClassName("gl-part-input");
        getContent().add(group);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Answer answer() {
        Choice chosen = group.getValue();
        return Answer.text(chosen == null ? "" : chosen.id());
    }

    @Override
    public void setAnswer(Answer answer) {
        if (answer instanceof Answer.Text t) {
            group.getListDataView()
                    .getItems()
                    .filter(c -> c.id().equals(t.text()))
                    .findFirst()
                    .ifPresentOrElse(group::setValue, group::clear);
        }
    }

    @Override
    public Registration addChangeListener(Runnable listener) {
        return group.addValueChangeListener(e -> listener.run());
    }
}
