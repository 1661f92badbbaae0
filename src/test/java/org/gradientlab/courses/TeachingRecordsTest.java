package org.gradientlab.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Overrides with who and why, extensions, and assistant accounts, as the instructor's pages read them. */
@SpringBootTest
class TeachingRecordsTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    AccountService accounts;

    @Autowired
    CourseService courses;

    @Autowired
    AssignmentService assignments;

    @Autowired
    GradebookService gradebooks;

    @Autowired
    TeachingRecords records;

    @Autowired
    AssistantAccounts assistants;

    private record Setup(String instructor, String student, String outsider, long assignmentId) {}

    private Setup setup() {
        String n = "r" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        String instructor = "teach-" + n;
        String outsider = "other-" + n;
        accounts.createUser(instructor, "Teacher", "password-t", Role.INSTRUCTOR);
        accounts.createUser(outsider, "Other teacher", "password-o", Role.INSTRUCTOR);
        CourseSummary course = courses.create(instructor, "Course " + n);
        String student = "stud-" + n;
        accounts.signUp(course.joinCode(), student, "Student", "password-s");
        AssignmentSummary a = assignments.create(
                instructor,
                course.id(),
                new AssignmentSettings("A " + n, List.of(AssignmentItem.of("chain-rule")), 2, 0.1, 0, null));
        return new Setup(instructor, student, outsider, a.id());
    }

    @Test
    void an_override_is_read_back_with_who_set_it_and_why() {
        Setup s = setup();
        gradebooks.override(s.instructor(), s.assignmentId(), s.student(), "chain-rule", 0.75, "  oral exam  ");

        List<TeachingRecords.GradeOverride> kept = records.overrides(s.instructor(), s.assignmentId());

        assertThat(kept).hasSize(1);
        TeachingRecords.GradeOverride o = kept.getFirst();
        assertThat(o.student()).isEqualTo(s.student());
        assertThat(o.exerciseId()).isEqualTo("chain-rule");
        assertThat(o.score()).isEqualTo(0.75);
        assertThat(o.reason()).isEqualTo("oral exam");
        assertThat(o.by()).isEqualTo(s.instructor());
    }

    @Test
    void an_extension_is_read_back_with_its_student_and_date() {
        Setup s = setup();
        Instant due = Instant.parse("2031-05-04T10:15:00Z");
        assignments.grantExtension(s.instructor(), s.assignmentId(), s.student(), due);

        assertThat(records.extensions(s.instructor(), s.assignmentId()))
                .containsExactly(new TeachingRecords.Extension(s.student(), due));
    }

    @Test
    void those_outside_the_course_and_its_students_may_not_read_them() {
        Setup s = setup();

        assertThatThrownBy(() -> records.overrides(s.outsider(), s.assignmentId()))
                .isInstanceOfSatisfying(
                        CoursesException.class, e -> assertThat(e.reason()).isEqualTo(CoursesMessage.NOT_A_MEMBER));
        assertThatThrownBy(() -> records.extensions(s.student(), s.assignmentId()))
                .isInstanceOfSatisfying(
                        CoursesException.class, e -> assertThat(e.reason()).isEqualTo(CoursesMessage.NOT_TEACHING));
    }

    @Test
    void an_instructor_creates_an_assistant_account_a_student_may_not() {
        Setup s = setup();
        String ta = "ta-" + s.instructor();

        TemporaryPassword password = assistants.create(s.instructor(), ta, "Assistant");

        assertThat(password.password()).hasSizeGreaterThanOrEqualTo(Passwords.MIN_LENGTH);
        assertThat(accounts.user(ta).role()).isEqualTo(Role.TA);
        assertThatThrownBy(() -> assistants.create(s.student(), "ta2-" + s.instructor(), "X"))
                .isInstanceOfSatisfying(CoursesException.class, e -> assertThat(e.kind())
                        .isEqualTo(CoursesException.Kind.ACCESS_DENIED));
    }
}
