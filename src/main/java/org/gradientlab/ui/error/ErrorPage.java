package org.gradientlab.ui.error;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.RouterLink;
import org.gradientlab.ui.home.HomeView;

/** The common shape of the error pages: an icon, a heading, a sentence or two, and the way home. */
abstract class ErrorPage extends Main {

    final H1 heading = new H1();
    final Paragraph explanation = new Paragraph();
    final Paragraph detail = new Paragraph();

    ErrorPage(Icon icon) {
        addClassNames("gl-page", "gl-error-page");
        icon.addClassName("gl-error-icon");
        explanation.addClassName("gl-lead");
        detail.addClassName("gl-error-detail");
        detail.setVisible(false);
        RouterLink home = new RouterLink(getTranslation("error.home"), HomeView.class);
        home.addClassName("gl-button-link");
        add(icon, heading, explanation, detail, new Div(home));
    }
}
