package org.gradientlab.ui.student;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gradientlab.courses.AssignmentItem;
import org.gradientlab.courses.AssignmentService;
import org.gradientlab.courses.AssignmentSummary;
import org.gradientlab.courses.AttemptService;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.courses.ProgressService;
import org.gradientlab.courses.StudentProgress;
import org.gradientlab.courses.Submission;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Variant;
import org.gradientlab.grading.Feedback;
import org.gradientlab.ui.exercises.FeedbackTexts;
import org.gradientlab.ui.exercises.InlineMath;
import org.gradientlab.ui.exercises.PartView;
import org.gradientlab.ui.exercises.Practice;
import org.gradientlab.ui.exercises.live.LiveChart;
import org.gradientlab.ui.exercises.live.LiveCharts;
import org.gradientlab.ui.i18n.Percentages;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;
import org.gradientlab.ui.maths.MarkdownMath;

/**
 * One exercise of an assignment, in the student's own variant: the practice page's parts, inputs, feedback and
 * live chart, but every submission goes to {@link AttemptService#submit} (stored before the feedback is shown),
 * with the attempts left and the penalty on display, hints revealed at their stated cost, the worked solution only
 * after the last attempt or the due date (DESIGN §5), the past attempts, and drafts saved as the student types.
 */
@Route(value = "courses/assignment/:assignmentId/:exerciseId", layout = MainLayout.class)
@StyleSheet("styles/exercises.css")
@StyleSheet("styles/courses.css")
@RolesAllowed("STUDENT")
public class AssignmentExerciseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AssignmentService assignments;
    private final AttemptService attempts;
    private final ProgressService progress;
    private final Practice catalogue;
    private final String username;

    final RouterLink back = new RouterLink();
    final H1 title = new H1();
    final Paragraph variantTitle = new Paragraph();
    final Paragraph status = new Paragraph();
    final Paragraph rules = new Paragraph();
    final Div body = new Div();
    final List<PartView> parts = new ArrayList<>();
    final Button submit = new Button(VaadinIcon.CHECK.create());
    final Div feedback = new Div();
    final OrderedList hints = new OrderedList();
    final Button revealHint = new Button(VaadinIcon.LIGHTBULB.create());
    final Div solution = new Div();
    final AttemptList history = new AttemptList();
    LiveChart chart;

    private long assignmentId;
    private String exerciseId = "";
    private Variant variant;
    private double hintCost;
    private double penalty;
    private int submissions;

    public AssignmentExerciseView(
            AssignmentService assignments,
            AttemptService attempts,
            ProgressService progress,
            Practice catalogue,
            AuthenticationContext auth) {
        this.assignments = assignments;
        this.attempts = attempts;
        this.progress = progress;
        this.catalogue = catalogue;
        this.username = SignedIn.username(auth);
        addClassNames("gl-page", "gl-exercise", "gl-assignment-exercise-page");
        variantTitle.addClassNames("gl-lead", "gl-variant-title");
        status.addClassName("gl-attempt-status");
        rules.addClassName("gl-attempt-rules");
        add(back, title, variantTitle, status, rules, body);

        submit.setText(getTranslation("student.exercise.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("gl-submit");
        submit.addClickListener(e -> submit());
        revealHint.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        revealHint.addClassName("gl-hint-button");
        revealHint.addClickListener(e -> revealHint());
        hints.addClassName("gl-hints-list");
        feedback.addClassName("gl-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        solution.addClassNames("gl-card", "gl-solution");
    }

    /** The route parameters of an exercise of an assignment. */
    static RouteParameters parameters(long assignmentId, String exerciseId) {
        return new RouteParameters(
                Map.of(AssignmentView.PARAMETER, Long.toString(assignmentId), "exerciseId", exerciseId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assignmentId = AssignmentView.id(event);
        exerciseId = event.getRouteParameters().get("exerciseId").orElse("");
        try {
            AssignmentSummary a = assignments.get(username, assignmentId);
            Optional<AssignmentItem> item = a.settings().items().stream()
                    .filter(i -> i.exerciseId().equals(exerciseId))
                    .findFirst();
            Optional<Exercise> exercise = catalogue.exercise(exerciseId);
            if (item.isEmpty() || exercise.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            int number = assignments.variantOf(username, assignmentId, username, exerciseId);
            penalty = a.settings().penalty();
            hintCost = a.settings().hintCost();
            show(a, exercise.get().variant(number, item.get().overrides()));
        } catch (CoursesException e) {
            // not enrolled, unpublished or unknown: all look alike to the student
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(AssignmentSummary a, Variant shown) {
        variant = shown;
        back.setText(a.settings().title());
        back.setRoute(AssignmentView.class, new RouteParameters(AssignmentView.PARAMETER, Long.toString(a.id())));
        back.addClassName("gl-eyebrow");
        title.setText(AssignmentView.exerciseTitle(this, exerciseId));
        variantTitle.removeAll();
        variantTitle.add(InlineMath.render(shown.title()));
        rules.setText(AssignmentView.rulesText(this, a.settings()));

        Div explanation = new Div(new MarkdownMath(shown.explanation()));
        explanation.addClassNames("gl-card", "gl-explanation");
        Div partList = new Div();
        partList.addClassName("gl-parts");
        parts.clear();
        for (int i = 0; i < shown.parts().size(); i++) {
            PartView view =
                    new PartView(shown.parts().get(i), i + 1, shown.parts().size());
            parts.add(view);
            partList.add(view);
        }
        restoreDraft();
        parts.forEach(p -> p.addChangeListener(this::answersChanged));

        feedback.removeAll();
        feedback.setVisible(false);
        Div actions = new Div(submit);
        actions.addClassName("gl-exercise-actions");
        Div hintPanel = new Div(hints, revealHint);
        hintPanel.addClassName("gl-hints");
        hintPanel.setVisible(!shown.hints().isEmpty());
        showHints(attempts.revealedHints(username, assignmentId, exerciseId));
        solution.removeAll();
        solution.add(new H2(getTranslation("exercise.page.solution")), new MarkdownMath(shown.solution()));

        Div work = new Div(explanation, partList, actions, feedback, hintPanel, solution, history);
        work.addClassName("gl-exercise-work");
        Div layout = new Div(work);
        layout.addClassName("gl-exercise-layout");
        chart = LiveCharts.of(shown).orElse(null);
        if (chart != null) {
            Div aside = new Div(chart);
            aside.addClassName("gl-exercise-aside");
            layout.add(aside);
            layout.addClassName("gl-with-chart");
            chart.answersChanged(answers());
        }
        body.removeAll();
        body.add(layout);
        refreshStanding();
    }

    /** A saved draft fills the inputs; an answer that is not even readable was saved too, and is restored as is. */
    private void restoreDraft() {
        Optional<Map<String, Object>> draft = attempts.loadDraft(username, assignmentId, exerciseId);
        draft.ifPresent(saved ->
                parts.forEach(p -> Optional.ofNullable(saved.get(p.part().id()))
                        .flatMap(Answer::fromJson)
                        .ifPresent(p::setAnswer)));
    }

    /** The inputs debounce typing (their value changes are lazy), so each change is saved as it arrives. */
    private void answersChanged() {
        Map<String, Answer> answers = answers();
        if (chart != null) {
            chart.answersChanged(answers);
        }
        try {
            attempts.saveDraft(username, assignmentId, exerciseId, AnswerJson.write(answers));
        } catch (CoursesException e) {
            showRefusal(e);
        }
    }

    Map<String, Answer> answers() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        parts.forEach(p -> answers.put(p.part().id(), p.answer()));
        return answers;
    }

    private void submit() {
        Map<String, Answer> answers = answers();
        try {
            Submission s = attempts.submit(username, assignmentId, exerciseId, AnswerJson.write(answers));
            Feedback graded = s.feedback();
            for (PartView view : parts) {
                view.show(graded.parts().get(view.part().id()));
            }
            showOverall(s);
            if (chart != null) {
                chart.graded(graded, answers);
            }
        } catch (CoursesException e) {
            showRefusal(e);
        }
        refreshStanding();
    }

    private void showOverall(Submission s) {
        Feedback graded = s.feedback();
        feedback.removeAll();
        feedback.removeClassName("gl-refused");
        FeedbackTexts.overall(this, graded).forEach(feedback::add);
        if (!graded.isGraded()) {
            feedback.add(new Paragraph(getTranslation("student.exercise.no-attempt-used")));
        }
        if (s.late()) {
            feedback.add(new Paragraph(getTranslation("student.exercise.late")));
        }
        feedback.getElement().setAttribute("data-verdict", graded.verdict().apiName());
        feedback.getElement().setAttribute("data-submission", Integer.toString(++submissions));
        feedback.setVisible(true);
    }

    private void showRefusal(CoursesException e) {
        feedback.removeAll();
        Paragraph text = new Paragraph(Refusals.text(this, e));
        text.getElement().setAttribute("data-key", e.reason().key());
        feedback.add(text);
        feedback.addClassName("gl-refused");
        feedback.getElement().setAttribute("data-verdict", "refused");
        feedback.setVisible(true);
    }

    private void revealHint() {
        try {
            showHints(attempts.revealHint(username, assignmentId, exerciseId));
        } catch (CoursesException e) {
            showRefusal(e);
        }
        refreshStanding();
    }

    private void showHints(List<String> revealed) {
        hints.removeAll();
        for (String hint : revealed) {
            ListItem item = new ListItem(new MarkdownMath(hint));
            item.addClassName("gl-hint");
            hints.add(item);
        }
        hints.setVisible(!revealed.isEmpty());
        int total = variant.hints().size();
        int next = revealed.size() + 1;
        revealHint.setText(
                hintCost > 0
                        ? getTranslation("student.hint.reveal-cost", next, total, Percentages.of(hintCost))
                        : getTranslation("student.hint.reveal", next, total));
        revealHint.setVisible(revealed.size() < total);
    }

    /** Attempts left, the solution's visibility and the past attempts, as stored. */
    private void refreshStanding() {
        StudentProgress p = progress.progress(username, assignmentId);
        StudentProgress.Exercise mine = p.exercises().stream()
                .filter(e -> e.exerciseId().equals(exerciseId))
                .findFirst()
                .orElseThrow();
        String due = p.dueAt() == null
                ? getTranslation("student.due.none")
                : getTranslation("student.due.at", ViewerZone.format(p.dueAt(), getLocale()));
        String attemptsText = mine.maxAttempts() == 0
                ? getTranslation("student.attempts.used-unlimited", mine.attemptsUsed())
                : getTranslation("student.attempts.left", mine.maxAttempts() - mine.attemptsUsed(), mine.maxAttempts());
        String penaltyText =
                penalty > 0 ? " · " + getTranslation("student.attempts.penalty", Percentages.of(penalty)) : "";
        status.setText(attemptsText + penaltyText + " · " + due);
        status.getElement()
                .setAttribute(
                        "data-attempts-left",
                        Integer.toString(mine.maxAttempts() == 0 ? -1 : mine.maxAttempts() - mine.attemptsUsed()));
        boolean mayAttempt = mine.maxAttempts() == 0 || mine.attemptsUsed() < mine.maxAttempts();
        submit.setEnabled(mayAttempt);
        solution.setVisible(mine.solutionVisible());
        history.show(attempts.history(username, assignmentId, username).stream()
                .filter(r -> r.exerciseId().equals(exerciseId))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty()
                ? PageTitles.of(this, "error.not-found.title")
                : PageTitles.ofText(this, title.getText());
    }
}
