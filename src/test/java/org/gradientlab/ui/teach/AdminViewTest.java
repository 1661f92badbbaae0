package org.gradientlab.ui.teach;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.gradientlab.courses.Login;
import org.gradientlab.courses.Role;
import org.junit.jupiter.api.Test;

class AdminViewTest extends TeachUiTest {

    @Test
    void the_admin_creates_an_instructor_and_sees_a_working_temporary_password_once() {
        String admin = user("admin", Role.ADMIN);
        signIn(admin, Role.ADMIN);
        AdminView view = open(AdminView.class);
        String username = "new-" + admin;

        view.username.setValue(username);
        view.displayName.setValue("Ada Lovelace");
        _click(view.create);

        Login login = accounts.login(username).orElseThrow();
        assertThat(login.role()).isEqualTo(Role.INSTRUCTOR);
        assertThat(view.shown.isOpened()).isTrue();
        assertThat(encoder.matches(view.shown.password.getText(), login.passwordHash()))
                .isTrue();
    }

    @Test
    void the_admin_creates_a_teaching_assistant_account() {
        String admin = user("admin", Role.ADMIN);
        signIn(admin, Role.ADMIN);
        AdminView view = open(AdminView.class);
        String username = "assistant-" + admin;

        view.username.setValue(username);
        view.role.setValue(Role.TA);
        _click(view.create);

        assertThat(accounts.login(username).orElseThrow().role()).isEqualTo(Role.TA);
    }

    @Test
    void a_taken_username_is_refused_on_the_field_in_the_viewers_words() {
        String admin = user("admin", Role.ADMIN);
        signIn(admin, Role.ADMIN);
        AdminView view = open(AdminView.class);

        view.username.setValue(admin);
        _click(view.create);

        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).isEqualTo("The username '" + admin + "' is taken.");
        assertThat(view.shown).isNull();
    }

    @Test
    void the_admin_resets_a_password_and_the_old_one_stops_working() {
        String admin = user("admin", Role.ADMIN);
        String instructor = user("teacher", Role.INSTRUCTOR);
        signIn(admin, Role.ADMIN);
        AdminView view = open(AdminView.class);

        view.resetUsername.setValue(instructor);
        _click(view.reset);

        String hash = accounts.login(instructor).orElseThrow().passwordHash();
        assertThat(encoder.matches(view.shown.password.getText(), hash)).isTrue();
        assertThat(encoder.matches("password-" + instructor, hash)).isFalse();
    }

    @Test
    void an_instructor_is_refused_the_admin_page() {
        signIn(user("teacher", Role.INSTRUCTOR), Role.INSTRUCTOR);

        assertThatThrownBy(() -> open("admin"))
                .isInstanceOf(MockAccessDeniedException.class)
                .hasMessageContaining("denied by annotations");
        _assertNone(AdminView.class);
    }

    @Test
    void a_refusal_is_shown_in_german_to_a_german_viewer() {
        String admin = user("admin", Role.ADMIN);
        signIn(admin, Role.ADMIN);
        UI.getCurrent().setLocale(Locale.GERMAN);
        AdminView view = open(AdminView.class);

        view.resetUsername.setValue("nobody-" + admin);
        _click(view.reset);

        assertThat(view.resetUsername.getErrorMessage()).isEqualTo("Es gibt keinen Benutzer „nobody-" + admin + "“.");
    }
}
