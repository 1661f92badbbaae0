package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.gradientlab.ui.help.HelpView;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;
import org.gradientlab.ui.playground.PlaygroundView;

/**
 * The page of one catalogue exercise, at {@code exercises/<id>}. An exercise with a page of its own registers a
 * more specific route ({@code @Route("exercises/chain-rule")}), which takes precedence; this page introduces
 * the others until theirs exist. Unknown ids answer "not found".
 */
@Route(value = "exercises/:exerciseId", layout = MainLayout.class)
public class ExerciseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Span unit = new Span();
    final Paragraph summary = new Paragraph();
    private String exerciseId = "";

    public ExerciseView() {
        addClassNames("gl-page", "gl-exercise");
        unit.addClassName("gl-eyebrow");
        summary.addClassName("gl-lead");
        Div notice = new Div(
                VaadinIcon.TOOLS.create(),
                new Div(
                        new Paragraph(getTranslation("exercise.preparing")),
                        new Div(
                                new RouterLink(getTranslation("nav.playground"), PlaygroundView.class),
                                new RouterLink(getTranslation("nav.help"), HelpView.class))));
        notice.addClassName("gl-notice");
        add(unit, title, summary, notice);
    }

    /** The URL path of an exercise's page. */
    public static String path(String exerciseId) {
        return "exercises/" + exerciseId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("exerciseId").orElse("");
        var found = CourseOutline.unitOf(id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        exerciseId = id;
        unit.setText(getTranslation("unit." + found.get().id()));
        title.setText(getTranslation("exercise." + id + ".title"));
        summary.setText(getTranslation("exercise." + id + ".summary"));
    }

    @Override
    public String getPageTitle() {
        return exerciseId.isEmpty()
                ? PageTitles.of(this, "error.not-found.title")
                : PageTitles.of(this, "exercise." + exerciseId + ".title");
    }
}
