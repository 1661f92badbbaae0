package org.gradientlab.courses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The load test's extra students: created once, enrolled in the demo course, signing in with the demo password. */
@SpringBootTest(properties = "gradientlab.test.context=load-test-students")
class LoadTestStudentsTest {

    @Autowired
    DemoData demo;

    @Autowired
    LoadTestStudents loadTestStudents;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseService courses;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void students_are_created_once_enrolled_in_the_demo_course_and_sign_in_with_the_demo_password() {
        assertThat(demo.createIfEmpty()).isTrue();

        assertThat(loadTestStudents.ensure(4)).isEqualTo(4);
        assertThat(loadTestStudents.ensure(6)).as("only the missing ones").isEqualTo(2);

        Login login = accounts.login(LoadTestStudents.username(6)).orElseThrow();
        assertThat(login.role()).isEqualTo(Role.STUDENT);
        assertThat(encoder.matches("demo-student-pw", login.passwordHash())).isTrue();
        assertThat(encoder.matches("demo-student-pw ", login.passwordHash())).isFalse();
        assertThat(accounts.login(LoadTestStudents.username(7))).isEmpty();
        assertThat(courses.myCourses(LoadTestStudents.username(3)))
                .extracting(CourseSummary::name, CourseSummary::membership)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Gradients and optimisation (demo)", Membership.STUDENT));
    }
}
