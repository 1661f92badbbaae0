package org.gradientlab.ui.student;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.gradientlab.courses.AssignmentService;
import org.gradientlab.ui.SignedInUiTest;
import org.gradientlab.ui.login.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CoursesViewTest extends SignedInUiTest {

    @Autowired
    AssignmentService assignments;

    @Test
    void dashboard_lists_the_demo_course_and_its_assignment_with_progress() {
        signIn("student1");
        CoursesView view = open(CoursesView.class);

        assertThat(view.rows).hasSize(1);
        CoursesView.AssignmentRow row = view.rows.getFirst();
        assertThat(row.link.getText()).isEqualTo("Week 1: derivatives, Jacobians and learning rates");
        assertThat(row.link.getHref()).startsWith("courses/assignment/");
        assertThat(row.state.getElement().getAttribute("data-state")).isEqualTo("open");
        // stored in UTC, shown in the zone the (mocked) browser reports
        String zone = UI.getCurrent().getPage().getExtendedClientDetails().getTimeZoneId();
        Instant due = assignments
                .get("student1", demoAssignment(assignments))
                .settings()
                .dueAt();
        String expected = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.ENGLISH)
                .format(due.atZone(ZoneId.of(zone)));
        assertThat(zone).isNotBlank();
        assertThat(row.due.getText()).isEqualTo("Due " + expected + " (" + zone + ")");
        assertThat(row.done.getText()).endsWith("of 4 exercises done");
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in() {
        UI.getCurrent().navigate(CoursesView.class);

        _get(LoginView.class);
    }

    @Test
    void a_wrong_join_code_is_shown_on_the_field_and_joins_nothing() {
        String student = newDemoStudent();
        signIn(student);
        CoursesView view = open(CoursesView.class);

        view.joinCode.setValue("NOPE0000");
        view.join.click();

        assertThat(view.joinCode.isInvalid()).isTrue();
        assertThat(view.joinCode.getErrorMessage()).isEqualTo("No course has the join code NOPE0000.");
        assertThat(courses.myCourses(student)).hasSize(1);
    }

    @Test
    void joining_a_course_one_is_already_in_is_refused_on_the_field() {
        signIn("student2");
        CoursesView view = open(CoursesView.class);

        view.joinCode.setValue(courses.myCourses("instructor").getFirst().joinCode());
        view.join.click();

        assertThat(view.joinCode.getErrorMessage()).isEqualTo("You are already in this course.");
    }
}
