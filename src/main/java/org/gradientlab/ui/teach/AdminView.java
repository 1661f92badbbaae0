package org.gradientlab.ui.teach;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.gradientlab.courses.AccountService;
import org.gradientlab.courses.AssistantAccounts;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.courses.Role;
import org.gradientlab.courses.TemporaryPassword;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;

/**
 * The administrator's page: create instructor (or teaching-assistant) accounts and reset a user's password; each
 * shows the temporary password once, since there is no mail server.
 */
@StyleSheet("styles/teach.css")
@Route(value = "admin", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final AssistantAccounts assistants;
    private final String actor;

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final Button create = new Button(VaadinIcon.USER_CHECK.create());
    final TextField resetUsername = new TextField();
    final Button reset = new Button(VaadinIcon.KEY.create());
    PasswordDialog shown;

    public AdminView(AccountService accounts, AssistantAccounts assistants, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.assistants = assistants;
        this.actor = authentication.getPrincipalName().orElse("");
        addClassNames("gl-page", "gl-teach");
        add(new H1(getTranslation("admin.title")), new Paragraph(getTranslation("admin.lead")));

        username.setLabel(getTranslation("admin.username"));
        username.setHelperText(getTranslation("admin.username-help"));
        displayName.setLabel(getTranslation("admin.name"));
        role.setLabel(getTranslation("admin.role"));
        role.setItems(Role.INSTRUCTOR, Role.TA);
        role.setItemLabelGenerator(r -> getTranslation("teach.membership." + r.name()));
        role.setValue(Role.INSTRUCTOR);
        create.setText(getTranslation("admin.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        add(new H2(getTranslation("admin.new-account")), new FormLayout(username, displayName, role), create);

        resetUsername.setLabel(getTranslation("admin.username"));
        reset.setText(getTranslation("admin.reset"));
        reset.addClickListener(e -> reset());
        add(new H2(getTranslation("admin.reset-title")), new Paragraph(getTranslation("admin.reset-lead")));
        add(new FormLayout(resetUsername), reset);
    }

    void create() {
        try {
            String name = username.getValue().strip();
            TemporaryPassword password = role.getValue() == Role.TA
                    ? assistants.create(actor, name, displayName.getValue())
                    : accounts.createInstructor(actor, name, displayName.getValue());
            username.clear();
            displayName.clear();
            username.setInvalid(false);
            show(password);
        } catch (CoursesException e) {
            username.setErrorMessage(Notices.text(this, e));
            username.setInvalid(true);
        }
    }

    void reset() {
        try {
            show(accounts.resetPassword(actor, resetUsername.getValue().strip()));
            resetUsername.clear();
            resetUsername.setInvalid(false);
        } catch (CoursesException e) {
            resetUsername.setErrorMessage(Notices.text(this, e));
            resetUsername.setInvalid(true);
        }
    }

    private void show(TemporaryPassword password) {
        shown = new PasswordDialog(password);
        shown.open();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "admin.title");
    }
}
