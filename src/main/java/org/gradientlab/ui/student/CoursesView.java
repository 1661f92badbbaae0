package org.gradientlab.ui.student;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.gradientlab.courses.AssignmentService;
import org.gradientlab.courses.AssignmentSummary;
import org.gradientlab.courses.CourseService;
import org.gradientlab.courses.CourseSummary;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.courses.Membership;
import org.gradientlab.courses.ProgressService;
import org.gradientlab.courses.StudentProgress;
import org.gradientlab.ui.i18n.Percentages;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;

/**
 * The student's dashboard: each course they are enrolled in, with its published assignments — progress (exercises
 * done of all, kept score), the due date in the viewer's time zone, and whether it is past due — and a form to join
 * another course with its code.
 */
@Route(value = "courses", layout = MainLayout.class)
@StyleSheet("styles/courses.css")
@RolesAllowed("STUDENT")
public class CoursesView extends Main implements HasDynamicTitle {

    private final CourseService courses;
    private final AssignmentService assignments;
    private final ProgressService progress;
    private final String username;

    final TextField joinCode = new TextField();
    final Button join = new Button();
    final Div list = new Div();
    /** The assignment rows shown, for tests. */
    final List<AssignmentRow> rows = new ArrayList<>();

    public CoursesView(
            CourseService courses,
            AssignmentService assignments,
            ProgressService progress,
            AuthenticationContext auth) {
        this.courses = courses;
        this.assignments = assignments;
        this.progress = progress;
        this.username = SignedIn.username(auth);
        addClassNames("gl-page", "gl-courses");

        joinCode.setLabel(getTranslation("student.courses.join-code"));
        joinCode.setPlaceholder("ABCD1234");
        join.setText(getTranslation("student.courses.join"));
        join.addClickListener(e -> join());
        Div joinForm = new Div(joinCode, join);
        joinForm.addClassName("gl-join-form");

        add(
                new H1(getTranslation("student.courses.title")),
                list,
                new H2(getTranslation("student.courses.join-title")),
                joinForm);
        refresh();
        ViewerZone.ask(UI.getCurrent(), zone -> refresh());
    }

    private void join() {
        joinCode.setInvalid(false);
        try {
            CourseSummary joined = courses.join(username, joinCode.getValue());
            joinCode.clear();
            Notification.show(getTranslation("student.courses.joined", joined.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (CoursesException e) {
            joinCode.setErrorMessage(Refusals.text(this, e));
            joinCode.setInvalid(true);
        }
    }

    private void refresh() {
        list.removeAll();
        rows.clear();
        List<CourseSummary> mine = courses.myCourses(username).stream()
                .filter(c -> c.membership() == Membership.STUDENT)
                .toList();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("student.courses.none")));
            return;
        }
        for (CourseSummary course : mine) {
            Div card = new Div(new H2(course.name()));
            card.addClassNames("gl-card", "gl-course");
            List<AssignmentSummary> published = assignments.forCourse(username, course.id());
            if (published.isEmpty()) {
                card.add(new Paragraph(getTranslation("student.courses.no-assignments")));
            }
            for (AssignmentSummary a : published) {
                AssignmentRow row = new AssignmentRow(a, progress.progress(username, a.id()));
                rows.add(row);
                card.add(row);
            }
            list.add(card);
        }
    }

    /** One assignment: link, due date, state and progress. */
    final class AssignmentRow extends Div {

        final RouterLink link;
        final Span due = new Span();
        final Span state = new Span();
        final Span done = new Span();
        final Span score = new Span();

        AssignmentRow(AssignmentSummary a, StudentProgress p) {
            addClassName("gl-assignment-row");
            link = new RouterLink(
                    a.settings().title(),
                    AssignmentView.class,
                    new RouteParameters(AssignmentView.PARAMETER, Long.toString(a.id())));
            due.setText(
                    p.dueAt() == null
                            ? getTranslation("student.due.none")
                            : getTranslation("student.due.at", ViewerZone.format(p.dueAt(), getLocale())));
            long finished = p.exercises().stream()
                    .filter(StudentProgress.Exercise::done)
                    .count();
            boolean allDone = finished == p.exercises().size();
            String stateKey = p.pastDue() ? "closed" : allDone ? "finished" : "open";
            state.setText(getTranslation("student.state." + stateKey));
            state.getElement().setAttribute("data-state", stateKey);
            state.addClassNames("gl-state", "gl-state-" + stateKey);
            done.setText(getTranslation(
                    "student.progress.done", finished, p.exercises().size()));
            score.setText(getTranslation("student.progress.score", Percentages.of(Scores.total(p))));
            Div facts = new Div(due, state, done, score);
            facts.addClassName("gl-assignment-facts");
            add(link, facts);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "student.courses.title");
    }
}
