package org.gradientlab.ui.playground;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.gradientlab.ui.help.HelpView;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;

/** The playground's page; it introduces the playground until the interactive one is in place. */
@Route(value = "playground", layout = MainLayout.class)
public class PlaygroundView extends Main implements HasDynamicTitle {

    public PlaygroundView() {
        addClassNames("gl-page", "gl-playground");
        Paragraph lead = new Paragraph(getTranslation("playground.lead"));
        lead.addClassName("gl-lead");
        Div notice = new Div(
                VaadinIcon.TOOLS.create(),
                new Div(
                        new Paragraph(getTranslation("playground.preparing")),
                        new Div(new RouterLink(getTranslation("nav.help"), HelpView.class))));
        notice.addClassName("gl-notice");
        add(new H1(getTranslation("nav.playground")), lead, notice);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "nav.playground");
    }
}
