package org.gradientlab.ui.student;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.gradientlab.courses.AssignmentItem;
import org.gradientlab.courses.AssignmentService;
import org.gradientlab.courses.AssignmentSettings;
import org.gradientlab.courses.AssignmentSummary;
import org.gradientlab.courses.CourseSummary;
import org.gradientlab.ui.SignedInUiTest;
import org.gradientlab.ui.error.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AssignmentViewTest extends SignedInUiTest {

    @Autowired
    AssignmentService assignments;

    @Test
    void the_assignment_lists_its_exercises_with_attempts_and_links() {
        signIn(newDemoStudent());
        long id = demoAssignment(assignments);

        open("courses/assignment/" + id);
        AssignmentView view = _get(AssignmentView.class);

        assertThat(view.title.getText()).isEqualTo("Week 1: derivatives, Jacobians and learning rates");
        assertThat(view.rows)
                .extracting(r -> r.getElement().getAttribute("data-exercise"))
                .containsExactly("chain-rule", "jacobian", "lr-race", "adam-vs-gd");
        assertThat(view.rows.getFirst().attemptsText.getText()).isEqualTo("0 of 3 attempts used");
        assertThat(view.rows.getFirst().score.getText()).isEqualTo("Not graded yet");
        assertThat(view.rows.getFirst().link.getHref()).isEqualTo("courses/assignment/" + id + "/chain-rule");
        assertThat(view.rules.getText()).startsWith("3 attempts per exercise; each wrong attempt costs 10 %");
    }

    @Test
    void another_courses_assignment_is_not_found_for_a_student() {
        CourseSummary other = courses.create("instructor", "Another course");
        AssignmentSummary hidden = assignments.create(
                "instructor",
                other.id(),
                new AssignmentSettings(
                        "Not yours",
                        List.of(AssignmentItem.of("chain-rule")),
                        3,
                        0.1,
                        0,
                        Instant.parse("2100-01-01T00:00:00Z")));
        assignments.publish("instructor", hidden.id());
        signIn("student1");

        open("courses/assignment/" + hidden.id());
        _get(NotFoundView.class);

        open("courses/assignment/" + hidden.id() + "/chain-rule");
        _get(NotFoundView.class);

        open("courses/assignment/not-a-number");
        _get(NotFoundView.class);
    }
}
