package org.gradientlab.ui.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import org.gradientlab.courses.TemporaryPassword;
import org.gradientlab.ui.SignedInUiTest;
import org.gradientlab.ui.home.HomeView;
import org.gradientlab.ui.student.CoursesView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ChangePasswordViewTest extends SignedInUiTest {

    @Autowired
    PasswordEncoder encoder;

    @Test
    void after_a_reset_the_student_must_choose_a_password_before_any_other_page() {
        String student = newDemoStudent();
        TemporaryPassword reset = accounts.resetPassword("instructor", student);
        signIn(student);

        open("courses");
        ChangePasswordView view = _get(ChangePasswordView.class);
        assertThat(view.temporaryNote.isVisible()).isTrue();
        open("exercises/chain-rule");
        _get(ChangePasswordView.class);

        view = _get(ChangePasswordView.class);
        view.current.setValue("not-the-password");
        view.chosen.setValue("my-own-secret");
        view.repeat.setValue("my-own-secret");
        _click(view.submit);
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("The current password is not right.");

        view.current.setValue(reset.password());
        view.repeat.setValue("my-own-secreT");
        _click(view.submit);
        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(accounts.mustChangePassword(student)).isTrue();

        view.repeat.setValue("my-own-secret");
        _click(view.submit);

        _get(HomeView.class);
        assertThat(accounts.mustChangePassword(student)).isFalse();
        assertThat(encoder.matches(
                        "my-own-secret", accounts.login(student).orElseThrow().passwordHash()))
                .isTrue();
        open("courses");
        _get(CoursesView.class);
    }

    @Test
    void without_a_temporary_password_nobody_is_stopped_and_the_page_is_there_when_wanted() {
        signIn(newDemoStudent());

        open("courses");
        _get(CoursesView.class);

        open("account/password");
        ChangePasswordView view = _get(ChangePasswordView.class);
        assertThat(view.temporaryNote.isVisible()).isFalse();
        LocatorJ._assertNone(CoursesView.class);
    }
}
