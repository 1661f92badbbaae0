package org.gradientlab.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.gradientlab.ui.exercises.CourseOutline;
import org.gradientlab.ui.exercises.ExerciseView;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;
import org.gradientlab.ui.maths.MathView;
import org.gradientlab.ui.playground.PlaygroundView;

/**
 * The front page: what the site is (with a live gradient-descent chart to play with), the four featured
 * exercises as cards, how an exercise works, and every unit of the course.
 */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "home", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends Main implements HasDynamicTitle {

    /** A formula that gives each featured exercise's card its flavour. */
    private static final Map<String, String> FEATURED_FORMULAS = Map.of(
            "chain-rule", "\\frac{d}{dx}\\sin(x^2) = 2x\\cos(x^2)",
            "jacobian", "J_{ij} = \\frac{\\partial f_i}{\\partial x_j}",
            "lr-race", "x_{k+1} = x_k - \\alpha\\,\\nabla f(x_k)",
            "adam-vs-gd", "x \\leftarrow x - \\alpha\\,\\frac{\\hat m}{\\sqrt{\\hat v} + \\varepsilon}");

    private static final Map<String, VaadinIcon> FEATURED_ICONS = Map.of(
            "chain-rule", VaadinIcon.LINK,
            "jacobian", VaadinIcon.GRID_SMALL,
            "lr-race", VaadinIcon.FLAG_CHECKERED,
            "adam-vs-gd", VaadinIcon.TRENDING_DOWN);

    final DescentDemo demo = new DescentDemo();

    public HomeView() {
        addClassNames("gl-page", "gl-home");
        add(hero(), featured(), howItWorks(), course());
    }

    private Section hero() {
        Span eyebrow = new Span(getTranslation("home.eyebrow"));
        eyebrow.addClassName("gl-eyebrow");
        Span titleText = new Span(getTranslation("home.title"));
        titleText.addClassName("gl-hero-title-text");
        H1 title = new H1(titleText);
        title.addClassName("gl-hero-title");
        Paragraph lead = new Paragraph(getTranslation("home.lead"));
        lead.addClassName("gl-lead");

        RouterLink start = new RouterLink(
                getTranslation("home.start"),
                ExerciseView.class,
                new RouteParameters("exerciseId", CourseOutline.FEATURED.getFirst()));
        start.addClassNames("gl-button-link", "gl-button-primary");
        RouterLink playground = new RouterLink(getTranslation("home.open-playground"), PlaygroundView.class);
        playground.addClassName("gl-button-link");
        Div actions = new Div(start, playground);
        actions.addClassName("gl-hero-actions");

        Div text = new Div(eyebrow, title, lead, actions);
        text.addClassName("gl-hero-text");

        Span demoTitle = new Span(getTranslation("home.demo.title"));
        demoTitle.addClassName("gl-demo-title");
        Div demoCard = new Div(demoTitle, new MathView("f(x_1, x_2) = x_1^2 + 10\\,x_2^2"), demo);
        demoCard.addClassNames("gl-card", "gl-hero-demo");

        Section hero = new Section(text, demoCard);
        hero.addClassName("gl-hero");
        return hero;
    }

    private Section featured() {
        Div cards = new Div();
        cards.addClassName("gl-card-grid");
        CourseOutline.FEATURED.forEach(id -> cards.add(featuredCard(id)));
        return section("home.featured.title", "home.featured.intro", cards, "gl-featured");
    }

    private Component featuredCard(String id) {
        Icon icon = FEATURED_ICONS.get(id).create();
        icon.addClassName("gl-card-icon");
        H3 title = new H3(getTranslation("exercise." + id + ".title"));
        Span unit = new Span(
                getTranslation("unit." + CourseOutline.unitOf(id).orElseThrow().id()));
        unit.addClassName("gl-card-unit");
        Paragraph summary = new Paragraph(getTranslation("exercise." + id + ".summary"));
        MathView formula = new MathView(FEATURED_FORMULAS.get(id));
        formula.addClassName("gl-card-formula");
        RouterLink open = new RouterLink(ExerciseView.class, new RouteParameters("exerciseId", id));
        open.add(new Span(getTranslation("home.open-exercise")), VaadinIcon.ARROW_RIGHT.create());
        open.addClassName("gl-card-link");
        open.getElement()
                .setAttribute(
                        "aria-label", getTranslation("home.open-named", getTranslation("exercise." + id + ".title")));
        Div card = new Div(icon, unit, title, summary, formula, open);
        card.addClassNames("gl-card", "gl-feature-card");
        return card;
    }

    private Section howItWorks() {
        Div steps = new Div(
                step(VaadinIcon.KEYBOARD_O, "type"),
                step(VaadinIcon.CHECK_CIRCLE_O, "check"),
                step(VaadinIcon.CHART_LINE, "see"));
        steps.addClassName("gl-steps");
        return section("home.how.title", null, steps, "gl-how");
    }

    private Div step(VaadinIcon icon, String key) {
        Icon i = icon.create();
        i.addClassName("gl-step-icon");
        Div step = new Div(
                i,
                new H3(getTranslation("home.how." + key + ".title")),
                new Paragraph(getTranslation("home.how." + key + ".text")));
        step.addClassName("gl-step");
        return step;
    }

    private Section course() {
        Div units = new Div();
        units.addClassName("gl-unit-grid");
        for (CourseOutline.Unit unit : CourseOutline.UNITS) {
            UnorderedList list = new UnorderedList();
            for (String id : unit.exercises()) {
                list.add(new ListItem(new RouterLink(
                        getTranslation("exercise." + id + ".title"),
                        ExerciseView.class,
                        new RouteParameters("exerciseId", id))));
            }
            Div card = new Div(new H3(getTranslation("unit." + unit.id())), list);
            card.addClassNames("gl-card", "gl-unit-card");
            units.add(card);
        }
        return section("home.course.title", "home.course.intro", units, "gl-course");
    }

    private Section section(String titleKey, String introKey, Component content, String className) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        if (introKey != null) {
            Paragraph intro = new Paragraph(getTranslation(introKey));
            intro.addClassName("gl-section-intro");
            section.add(intro);
        }
        section.add(content);
        section.addClassNames("gl-section", className);
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "home.page-title");
    }
}
