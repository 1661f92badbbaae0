package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Variant;
import org.gradientlab.grading.Feedback;
import org.gradientlab.grading.Verdict;
import org.gradientlab.ui.exercises.live.LiveChart;
import org.gradientlab.ui.exercises.live.LiveCharts;
import org.gradientlab.ui.help.HelpView;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;
import org.gradientlab.ui.maths.MarkdownMath;
import org.gradientlab.ui.playground.PlaygroundView;

/**
 * The practice page of one catalogue exercise, at {@code exercises/<id>?variant=n}: the explanation, one input
 * per part, Submit (graded by {@link Practice}, nothing stored), the feedback, hints revealed one by one, the
 * worked solution after a correct answer or on request, and the exercise's live chart. An id of the course outline
 * that the catalogue does not have yet gets an introduction instead; unknown ids answer "not found".
 */
@Route(value = "exercises/:exerciseId", layout = MainLayout.class)
@StyleSheet("styles/exercises.css")
@AnonymousAllowed
public class ExerciseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String VARIANT_PARAMETER = "variant";
    static final int MAX_VARIANT = 9999;

    private final Practice practice;

    final Span unit = new Span();
    final H1 title = new H1();
    final Paragraph summary = new Paragraph();
    final Paragraph variantTitle = new Paragraph();
    final IntegerField variantField = new IntegerField();
    final Div body = new Div();
    final MarkdownMath explanation = new MarkdownMath("");
    final List<PartView> parts = new ArrayList<>();
    final Button submit = new Button(VaadinIcon.CHECK.create());
    final Button showSolution = new Button(VaadinIcon.BOOK.create());
    final Div feedback = new Div();
    final Div solution = new Div();
    HintsPanel hints;
    LiveChart chart;
    Variant variant;
    private String exerciseId = "";
    /** Counts submissions, so that a browser test can tell a new grade from the previous one. */
    private int submissions;

    private String pageName = "";

    public ExerciseView(Practice practice) {
        this.practice = practice;
        addClassNames("gl-page", "gl-exercise");
        unit.addClassName("gl-eyebrow");
        summary.addClassName("gl-lead");
        variantTitle.addClassNames("gl-lead", "gl-variant-title");
        add(unit, title, summary, variantTitle, body);

        variantField.setLabel(getTranslation("exercise.page.variant"));
        variantField.setHelperText(getTranslation("exercise.page.variant-help"));
        variantField.setMin(0);
        variantField.setMax(MAX_VARIANT);
        variantField.setStepButtonsVisible(true);
        variantField.addClassName("gl-variant-field");
        variantField.addValueChangeListener(e -> {
            if (e.getValue() != null && variant != null && e.getValue() != variant.number()) {
                openVariant(e.getValue());
            }
        });
        submit.setText(getTranslation("exercise.page.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("gl-submit");
        submit.addClickListener(e -> submit());
        showSolution.setText(getTranslation("exercise.page.show-solution"));
        showSolution.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showSolution.addClassName("gl-show-solution");
        showSolution.addClickListener(e -> solution.setVisible(true));
    }

    /** The URL path of an exercise's page. */
    public static String path(String exerciseId) {
        return "exercises/" + exerciseId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("exerciseId").orElse("");
        Optional<Exercise> exercise = practice.exercise(id);
        Optional<CourseOutline.Unit> outlined = CourseOutline.unitOf(id);
        if (exercise.isEmpty() && outlined.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        exerciseId = id;
        pageName = translatedOr(
                "exercise." + id + ".title", exercise.map(Exercise::title).orElse(id));
        unit.setText(outlined.map(u -> getTranslation("unit." + u.id()))
                .orElseGet(() -> exercise.get().unit()));
        summary.setText(translatedOr(
                "exercise." + id + ".summary", exercise.map(Exercise::summary).orElse("")));
        title.setText(pageName);
        summary.setVisible(exercise.isEmpty());
        variantTitle.setVisible(exercise.isPresent());
        if (exercise.isEmpty()) {
            showPreparing();
            return;
        }
        int number = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(VARIANT_PARAMETER)
                .map(ExerciseView::variantNumber)
                .orElse(0);
        show(exercise.get().variant(number));
    }

    private void showPreparing() {
        body.removeAll();
        Div notice = new Div(
                VaadinIcon.TOOLS.create(),
                new Div(
                        new Paragraph(getTranslation("exercise.preparing")),
                        new Div(
                                new RouterLink(getTranslation("nav.playground"), PlaygroundView.class),
                                new RouterLink(getTranslation("nav.help"), HelpView.class))));
        notice.addClassName("gl-notice");
        body.add(notice);
    }

    /** Builds the page for this variant; earlier answers and feedback are dropped. */
    void show(Variant shown) {
        variant = shown;
        variantTitle.removeAll();
        variantTitle.add(InlineMath.render(shown.title()));
        body.removeAll();
        parts.clear();

        variantField.setValue(shown.number());
        Span practiceNote =
                new Span(VaadinIcon.INFO_CIRCLE_O.create(), new Span(getTranslation("exercise.page.practice-note")));
        practiceNote.addClassName("gl-practice-note");
        Div toolbar = new Div(variantField, practiceNote);
        toolbar.addClassName("gl-exercise-toolbar");

        explanation.setMarkdown(shown.explanation());
        Div explanationCard = new Div(explanation);
        explanationCard.addClassNames("gl-card", "gl-explanation");

        Div partList = new Div();
        partList.addClassName("gl-parts");
        for (int i = 0; i < shown.parts().size(); i++) {
            PartView view =
                    new PartView(shown.parts().get(i), i + 1, shown.parts().size());
            view.input.addChangeListener(this::answersChanged);
            parts.add(view);
            partList.add(view);
        }

        showSolution.setVisible(true);
        Div actions = new Div(submit, showSolution);
        actions.addClassName("gl-exercise-actions");

        feedback.removeAll();
        feedback.addClassName("gl-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        feedback.setVisible(false);

        hints = new HintsPanel(shown.hints());
        solution.removeAll();
        solution.addClassNames("gl-card", "gl-solution");
        solution.add(new H2(getTranslation("exercise.page.solution")), new MarkdownMath(shown.solution()));
        solution.setVisible(false);

        Div work = new Div(explanationCard, partList, actions, feedback, hints, solution);
        work.addClassName("gl-exercise-work");
        Div layout = new Div(work);
        layout.addClassName("gl-exercise-layout");
        chart = LiveCharts.of(shown).orElse(null);
        if (chart != null) {
            Div aside = new Div(chart);
            aside.addClassName("gl-exercise-aside");
            layout.add(aside);
            layout.addClassName("gl-with-chart");
        }
        body.add(toolbar, layout);
    }

    private void submit() {
        Map<String, Answer> answers = answers();
        Feedback graded = practice.check(variant, answers);
        for (PartView view : parts) {
            view.show(graded.parts().get(view.part.id()));
        }
        showOverall(graded);
        if (graded.verdict() == Verdict.CORRECT) {
            solution.setVisible(true);
        }
        if (chart != null) {
            chart.graded(graded, answers);
        }
    }

    private void showOverall(Feedback graded) {
        feedback.removeAll();
        FeedbackTexts.overall(this, graded).forEach(feedback::add);
        feedback.getElement().setAttribute("data-verdict", graded.verdict().apiName());
        feedback.getElement().setAttribute("data-submission", Integer.toString(++submissions));
        feedback.setVisible(true);
    }

    /** The student's answers as they stand, by part id. */
    Map<String, Answer> answers() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        parts.forEach(p -> answers.put(p.part.id(), p.input.answer()));
        return answers;
    }

    private void answersChanged() {
        if (chart != null) {
            chart.answersChanged(answers());
        }
    }

    private void openVariant(int number) {
        UI.getCurrent()
                .navigate(
                        ExerciseView.class,
                        new RouteParameters("exerciseId", exerciseId),
                        QueryParameters.of(VARIANT_PARAMETER, Integer.toString(number)));
    }

    /** A {@code ?variant=} value as a variant number; anything unusable is variant 0. */
    static int variantNumber(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            return n >= 0 && n <= MAX_VARIANT ? n : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String translatedOr(String key, String fallback) {
        String text = getTranslation(key);
        return text.startsWith("!") ? fallback : text;
    }

    @Override
    public String getPageTitle() {
        return exerciseId.isEmpty() ? PageTitles.of(this, "error.not-found.title") : PageTitles.ofText(this, pageName);
    }
}
