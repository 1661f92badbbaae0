package org.gradientlab.ui.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.gradientlab.ui.UiTest;
import org.junit.jupiter.api.Test;

class LoginViewTest extends UiTest {

    @Test
    void a_first_time_visitor_is_shown_how_to_join_a_course_or_to_practise_without_an_account() {
        open("login");
        LoginView view = _get(LoginView.class);

        assertThat(view.join.getHref()).isEqualTo("signup");
        assertThat(view.join.getText()).isEqualTo("New here? Join a course with its code");
        assertThat(view.practise.getHref()).isEmpty();
        assertThat(view.practise.getText()).isEqualTo("Practise without an account");
    }

    @Test
    void a_failed_sign_in_shows_the_error() {
        open("login?error");

        assertThat(_get(LoginView.class).form.isError()).isTrue();
    }
}
