package org.gradientlab.ui.student;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.gradientlab.courses.AccountService;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;

/**
 * Joining a course as a new student: the course's join code, a username, a display name and a password typed
 * twice. Each refusal is shown on the field it concerns. On success the new student signs in on the sign-in page
 * (with a note that the account is ready) and lands on their courses.
 */
@Route(value = "signup", layout = MainLayout.class)
@AnonymousAllowed
public class SignUpView extends Main implements HasDynamicTitle {

    private final AccountService accounts;

    final TextField joinCode = new TextField();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button submit = new Button();
    final Paragraph signedInNote = new Paragraph();

    public SignUpView(AccountService accounts, AuthenticationContext auth) {
        this.accounts = accounts;
        addClassNames("gl-page", "gl-signup");
        Paragraph lead = new Paragraph(getTranslation("student.signup.lead"));
        lead.addClassName("gl-lead");
        add(new H1(getTranslation("student.signup.title")), lead);

        joinCode.setLabel(getTranslation("student.signup.code"));
        joinCode.setHelperText(getTranslation("student.signup.code-help"));
        username.setLabel(getTranslation("student.signup.username"));
        username.setHelperText(getTranslation("student.signup.username-help"));
        displayName.setLabel(getTranslation("student.signup.name"));
        password.setLabel(getTranslation("student.signup.password"));
        repeat.setLabel(getTranslation("student.signup.repeat"));
        for (TextField f : List.of(joinCode, username, displayName)) {
            f.setRequiredIndicatorVisible(f != displayName);
        }
        password.setRequiredIndicatorVisible(true);
        repeat.setRequiredIndicatorVisible(true);
        submit.setText(getTranslation("student.signup.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> signUp());

        if (auth.isAuthenticated()) {
            signedInNote.setText(getTranslation("student.signup.signed-in"));
            add(signedInNote);
            return;
        }
        FormLayout form = new FormLayout(joinCode, username, displayName, password, repeat);
        form.setMaxWidth("40rem");
        add(form, submit);
    }

    private void signUp() {
        for (var f : List.of(joinCode, username, displayName)) {
            f.setInvalid(false);
        }
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("student.signup.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.signUp(joinCode.getValue(), username.getValue(), displayName.getValue(), password.getValue());
        } catch (CoursesException e) {
            String text = Refusals.text(this, e);
            switch (e.reason()) {
                case UNKNOWN_JOIN_CODE -> invalid(joinCode, text);
                case USERNAME_TAKEN, BAD_USERNAME -> invalid(username, text);
                case WEAK_PASSWORD -> {
                    password.setErrorMessage(text);
                    password.setInvalid(true);
                }
                default -> Notification.show(text).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            return;
        }
        Notification done = Notification.show(
                getTranslation("student.signup.done", username.getValue()), 10_000, Notification.Position.TOP_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        // courses needs a signed-in student: the sign-in page comes first and then leads back there
        UI.getCurrent().navigate(CoursesView.class);
    }

    private static void invalid(TextField field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "student.signup.title");
    }
}
