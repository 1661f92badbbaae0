package org.gradientlab.ui.student;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gradientlab.courses.AssignmentService;
import org.gradientlab.courses.AssignmentSettings;
import org.gradientlab.courses.AssignmentSummary;
import org.gradientlab.courses.AttemptRecord;
import org.gradientlab.courses.AttemptService;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.courses.ProgressService;
import org.gradientlab.courses.StudentProgress;
import org.gradientlab.ui.i18n.Percentages;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;

/**
 * One assignment as its student sees it: the rules (attempts, penalty, hint cost, due date in the viewer's zone)
 * and each exercise with attempts used of allowed, the kept score and the notes of the student's attempts, leading
 * to the exercise in assignment mode. Anyone not enrolled gets "not found", as for an assignment that does not
 * exist.
 */
@Route(value = "courses/assignment/:" + AssignmentView.PARAMETER, layout = MainLayout.class)
@StyleSheet("styles/courses.css")
@RolesAllowed("STUDENT")
public class AssignmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "assignmentId";

    private final AssignmentService assignments;
    private final AttemptService attempts;
    private final ProgressService progress;
    private final String username;

    final H1 title = new H1();
    final Paragraph rules = new Paragraph();
    final Paragraph due = new Paragraph();
    final Div exercises = new Div();
    final List<ExerciseRow> rows = new ArrayList<>();

    public AssignmentView(
            AssignmentService assignments,
            AttemptService attempts,
            ProgressService progress,
            AuthenticationContext auth) {
        this.assignments = assignments;
        this.attempts = attempts;
        this.progress = progress;
        this.username = SignedIn.username(auth);
        addClassNames("gl-page", "gl-assignment");
        rules.addClassName("gl-lead");
        add(title, due, rules, exercises);
    }

    /** The assignment id of the route, or -1 when it is not a number. */
    static long id(BeforeEnterEvent event) {
        try {
            return Long.parseLong(event.getRouteParameters().get(PARAMETER).orElse(""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = id(event);
        try {
            AssignmentSummary a = assignments.get(username, id);
            StudentProgress p = progress.progress(username, id);
            List<AttemptRecord> history = attempts.history(username, id, username);
            show(a, p, history);
        } catch (CoursesException e) {
            // another course's assignment is as unknown to this student as one that does not exist
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(AssignmentSummary a, StudentProgress p, List<AttemptRecord> history) {
        AssignmentSettings s = a.settings();
        title.setText(s.title());
        rules.setText(rulesText(this, s));
        due.setText(
                p.dueAt() == null
                        ? getTranslation("student.due.none")
                        : getTranslation("student.due.at", ViewerZone.format(p.dueAt(), getLocale()))
                                + (p.pastDue() ? " · " + getTranslation("student.state.closed-detail") : ""));
        exercises.removeAll();
        rows.clear();
        for (StudentProgress.Exercise e : p.exercises()) {
            Set<String> notes = new LinkedHashSet<>();
            history.stream().filter(r -> r.exerciseId().equals(e.exerciseId())).forEach(r -> notes.addAll(r.notes()));
            ExerciseRow row = new ExerciseRow(a.id(), e, notes);
            rows.add(row);
            exercises.add(row);
        }
    }

    /** "3 attempts per exercise; each wrong attempt costs 10 % …" for these settings. */
    static String rulesText(com.vaadin.flow.component.Component c, AssignmentSettings s) {
        String attemptsText = s.maxAttempts() == 0
                ? c.getTranslation("student.rules.unlimited")
                : c.getTranslation("student.rules.attempts", s.maxAttempts());
        return c.getTranslation(
                "student.rules", attemptsText, Percentages.of(s.penalty()), Percentages.of(s.hintCost()));
    }

    /** The title of a catalogue exercise in the visitor's language. */
    static String exerciseTitle(com.vaadin.flow.component.Component c, String exerciseId) {
        String text = c.getTranslation("exercise." + exerciseId + ".title");
        return text.startsWith("!") ? exerciseId : text;
    }

    /** One exercise of the assignment. */
    final class ExerciseRow extends Div {

        final RouterLink link;
        final Span attemptsText = new Span();
        final Span score = new Span();
        final Span notes = new Span();

        ExerciseRow(long assignmentId, StudentProgress.Exercise e, Set<String> noteKeys) {
            addClassNames("gl-card", "gl-assignment-exercise");
            getElement().setAttribute("data-exercise", e.exerciseId());
            link = new RouterLink(
                    exerciseTitle(this, e.exerciseId()),
                    AssignmentExerciseView.class,
                    AssignmentExerciseView.parameters(assignmentId, e.exerciseId()));
            attemptsText.setText(
                    e.maxAttempts() == 0
                            ? getTranslation("student.attempts.used-unlimited", e.attemptsUsed())
                            : getTranslation("student.attempts.used", e.attemptsUsed(), e.maxAttempts()));
            score.setText(
                    e.score() == null
                            ? getTranslation("student.score.none")
                            : getTranslation("student.score.kept", Percentages.of(e.score()))
                                    + (e.overridden() ? " · " + getTranslation("student.score.overridden") : ""));
            notes.setText(noteKeys.isEmpty() ? "" : getTranslation("student.notes", String.join(", ", noteKeys)));
            notes.setVisible(!noteKeys.isEmpty());
            Div facts = new Div(attemptsText, score, notes);
            facts.addClassName("gl-assignment-facts");
            if (e.late()) {
                Span late = new Span(getTranslation("student.late"));
                late.addClassName("gl-late");
                facts.add(late);
            }
            add(link, facts);
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty()
                ? PageTitles.of(this, "error.not-found.title")
                : PageTitles.ofText(this, title.getText());
    }
}
