package org.gradientlab.ui.student;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.gradientlab.courses.Membership;
import org.gradientlab.ui.SignedInUiTest;
import org.gradientlab.ui.login.LoginView;
import org.junit.jupiter.api.Test;

class SignUpViewTest extends SignedInUiTest {

    private static String freshName() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String demoCode() {
        return courses.myCourses("instructor").getFirst().joinCode();
    }

    private static void fill(SignUpView view, String code, String username, String password, String repeat) {
        view.joinCode.setValue(code);
        view.username.setValue(username);
        view.displayName.setValue("New Student");
        view.password.setValue(password);
        view.repeat.setValue(repeat);
        view.submit.click();
    }

    @Test
    void a_wrong_code_is_shown_on_the_code_field_and_creates_no_account() {
        SignUpView view = open(SignUpView.class);
        String username = freshName();

        fill(view, "WRONG123", username, "long-enough-pw", "long-enough-pw");

        assertThat(view.joinCode.isInvalid()).isTrue();
        assertThat(view.joinCode.getErrorMessage()).isEqualTo("No course has the join code WRONG123.");
        assertThat(view.username.isInvalid()).isFalse();
        assertThat(accounts.login(username)).isEmpty();
    }

    @Test
    void a_taken_username_is_shown_on_the_username_field() {
        SignUpView view = open(SignUpView.class);

        fill(view, demoCode(), "student1", "long-enough-pw", "long-enough-pw");

        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).isEqualTo("The username student1 is taken.");
        assertThat(view.joinCode.isInvalid()).isFalse();
    }

    @Test
    void a_short_password_and_differing_passwords_are_shown_on_the_password_fields() {
        SignUpView view = open(SignUpView.class);
        String username = freshName();

        fill(view, demoCode(), username, "short", "short");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).startsWith("A password needs at least ");

        fill(view, demoCode(), username, "long-enough-pw", "long-enough-pX");
        assertThat(view.password.isInvalid()).isFalse();
        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(view.repeat.getErrorMessage()).isEqualTo("The two passwords differ.");
        assertThat(accounts.login(username)).isEmpty();
    }

    @Test
    void signing_up_enrols_the_student_and_leads_to_sign_in() {
        SignUpView view = open(SignUpView.class);
        String username = freshName();

        fill(view, demoCode().toLowerCase(java.util.Locale.ROOT), username, "long-enough-pw", "long-enough-pw");

        assertThat(courses.myCourses(username)).singleElement().satisfies(c -> assertThat(c.membership())
                .isEqualTo(Membership.STUDENT));
        _get(LoginView.class);
    }
}
