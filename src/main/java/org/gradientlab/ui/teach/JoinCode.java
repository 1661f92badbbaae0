package org.gradientlab.ui.teach;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A course's join code, large enough to read out in a lecture, with a button that copies it. */
final class JoinCode extends Div {

    final Code code = new Code();
    final Button copy = new Button(VaadinIcon.COPY_O.create());

    private JoinCode(String joinCode) {
        addClassName("gl-join-code");
        code.setText(joinCode);
        copy.setText(getTranslation("teach.copy"));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.getElement().setAttribute("aria-label", getTranslation("teach.course.copy-code"));
        copy.addClickListener(e -> Clipboard.copy(copy, joinCode));
        add(new Span(getTranslation("teach.course.join-code")), code, copy);
    }

    static JoinCode of(String joinCode) {
        return new JoinCode(joinCode);
    }
}
