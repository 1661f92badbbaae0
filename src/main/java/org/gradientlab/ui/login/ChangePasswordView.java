package org.gradientlab.ui.login;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.gradientlab.courses.AccountService;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.ui.home.HomeView;
import org.gradientlab.ui.i18n.CoursesRefusals;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;

/**
 * A signed-in user replaces their password, proving the current one. Someone who signed in with a temporary
 * password (a new staff account, a reset) is sent here before any other page, with a note that says why
 * ({@link PasswordChangeGuard}).
 */
@Route(value = "account/password", layout = MainLayout.class)
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final String actor;

    final Paragraph temporaryNote = new Paragraph();
    final PasswordField current = new PasswordField();
    final PasswordField chosen = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button submit = new Button();

    public ChangePasswordView(AccountService accounts, AuthenticationContext auth) {
        this.accounts = accounts;
        this.actor = auth.getPrincipalName().orElse("");
        addClassName("gl-page");
        add(new H1(getTranslation("account.password.title")));
        temporaryNote.setText(getTranslation("account.password.temporary"));
        temporaryNote.addClassName("gl-lead");
        temporaryNote.setVisible(PasswordChangeGuard.pending());
        add(temporaryNote);

        current.setLabel(getTranslation("account.password.current"));
        chosen.setLabel(getTranslation("account.password.new"));
        chosen.setHelperText(getTranslation("account.password.new-help"));
        repeat.setLabel(getTranslation("account.password.repeat"));
        for (PasswordField f : List.of(current, chosen, repeat)) {
            f.setRequiredIndicatorVisible(true);
        }
        submit.setText(getTranslation("account.password.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> change());
        FormLayout form = new FormLayout(current, chosen, repeat);
        form.setMaxWidth("40rem");
        add(form, submit);
    }

    void change() {
        for (PasswordField f : List.of(current, chosen, repeat)) {
            f.setInvalid(false);
        }
        if (!chosen.getValue().equals(repeat.getValue())) {
            invalid(repeat, getTranslation("account.password.mismatch"));
            return;
        }
        try {
            accounts.changePassword(actor, current.getValue(), chosen.getValue());
        } catch (CoursesException e) {
            String text = CoursesRefusals.text(this, "account.refusal.", e);
            switch (e.reason()) {
                case WRONG_PASSWORD -> invalid(current, text);
                case WEAK_PASSWORD, SAME_PASSWORD -> invalid(chosen, text);
                default -> Notification.show(text).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            return;
        }
        PasswordChangeGuard.done();
        Notification done =
                Notification.show(getTranslation("account.password.changed"), 6000, Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(HomeView.class);
    }

    private static void invalid(PasswordField field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "account.password.title");
    }
}
