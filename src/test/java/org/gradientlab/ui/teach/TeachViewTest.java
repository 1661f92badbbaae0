package org.gradientlab.ui.teach;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import org.gradientlab.courses.CourseSummary;
import org.gradientlab.courses.Role;
import org.gradientlab.ui.error.NotFoundView;
import org.junit.jupiter.api.Test;

class TeachViewTest extends TeachUiTest {

    @Test
    void an_instructor_creates_a_course_and_sees_its_join_code() {
        String instructor = user("teacher", Role.INSTRUCTOR);
        signIn(instructor, Role.INSTRUCTOR);
        TeachView view = open(TeachView.class);
        assertThat(view.empty.isVisible()).isTrue();

        view.courseName.setValue("Optimisation 2031");
        _click(view.create);

        CourseSummary stored = courses.myCourses(instructor).getFirst();
        assertThat(stored.name()).isEqualTo("Optimisation 2031");
        assertThat(view.created.isVisible()).isTrue();
        JoinCode shown = _get(view.created, JoinCode.class);
        assertThat(shown.code.getText()).isEqualTo(stored.joinCode()).matches("[A-Z0-9]{8}");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Optimisation 2031", stored.joinCode());
    }

    @Test
    void a_blank_course_name_is_refused_on_the_field() {
        String instructor = user("teacher", Role.INSTRUCTOR);
        signIn(instructor, Role.INSTRUCTOR);
        TeachView view = open(TeachView.class);

        _click(view.create);

        assertThat(view.courseName.isInvalid()).isTrue();
        assertThat(view.courseName.getErrorMessage()).doesNotStartWith("!").contains("1 to 200");
        assertThat(courses.myCourses(instructor)).isEmpty();
    }

    @Test
    void a_teaching_assistant_sees_the_course_but_cannot_create_one() {
        Course c = course();
        String ta = user("ta", Role.TA);
        courses.addTeachingAssistant(c.instructor(), c.id(), ta);
        signIn(ta, Role.TA);

        TeachView view = open(TeachView.class);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Teaching assistant", c.joinCode());
        assertThat(view.create.getParent()).isEmpty();
    }

    @Test
    void a_student_is_refused_the_teaching_and_admin_pages() {
        Course c = course();
        signIn(c.student(), Role.STUDENT);

        for (String page : new String[] {"teach", "teach/course/" + c.id(), "admin"}) {
            assertThatThrownBy(() -> open(page))
                    .as(page)
                    .isInstanceOf(MockAccessDeniedException.class)
                    .hasMessageContaining("denied by annotations");
        }
        _assertNone(TeachView.class);
        _assertNone(CourseView.class);
        _assertNone(AdminView.class);
    }

    @Test
    void an_instructor_of_another_course_gets_not_found_for_it() {
        Course c = course();
        String other = user("other", Role.INSTRUCTOR);
        signIn(other, Role.INSTRUCTOR);

        open("teach/course/" + c.id());
        _assertNone(CourseView.class);
        _get(NotFoundView.class);

        open("teach/course/" + c.id() + "/gradebook");
        _assertNone(GradebookView.class);
        _get(NotFoundView.class);
    }

    @Test
    void the_course_page_shows_the_roster_and_resets_a_password_once() {
        Course c = course();
        signIn(c.instructor(), Role.INSTRUCTOR);

        open("teach/course/" + c.id());
        CourseView view = _get(CourseView.class);

        assertThat(view.title.getText()).isEqualTo("Course of " + c.instructor());
        assertThat(_get(view.joinCode, JoinCode.class).code.getText()).isEqualTo(c.joinCode());
        assertThat(GridKt._size(view.roster)).isEqualTo(2);
        view.resetPassword(c.student());
        PasswordDialog dialog = _get(PasswordDialog.class);
        String password = dialog.password.getText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(8);
        assertThat(encoder.matches(
                        password, accounts.login(c.student()).orElseThrow().passwordHash()))
                .isTrue();
    }
}
