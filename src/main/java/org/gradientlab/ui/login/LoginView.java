package org.gradientlab.ui.login;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gradientlab.ui.home.HomeView;

/**
 * The sign-in page: Vaadin's login form, posting to Spring Security's {@code login} action. Practice mode needs no
 * account; signing in is for courses and assignments.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    final Anchor join = new Anchor("signup", "");
    final RouterLink practise = new RouterLink();

    public LoginView() {
        addClassName("login-view");
        getStyle().set("display", "flex").set("justify-content", "center").set("padding", "var(--lumo-space-l)");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());
        // A student's first visit: no account yet, or none needed for practice.
        join.setText(getTranslation("login.join"));
        practise.setText(getTranslation("login.practise"));
        practise.setRoute(HomeView.class);
        Div others = new Div(join, practise);
        others.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-l)")
                .set("justify-content", "center");
        Div column = new Div(form, others);
        column.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center");
        add(column);
    }

    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("login.title"));
    }
}
