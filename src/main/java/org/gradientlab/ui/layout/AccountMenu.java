package org.gradientlab.ui.layout;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.function.UnaryOperator;
import org.gradientlab.ui.login.ChangePasswordView;

/**
 * The header's account corner: "Sign in" and "Join a course" for anonymous visitors; for a signed-in user their
 * display name, opening a menu with "Sign out".
 */
class AccountMenu extends Composite<Div> {

    final Anchor signIn = new Anchor("login", "");
    final Anchor join = new Anchor("signup", "");
    final MenuBar user = new MenuBar();
    MenuItem changePassword;
    MenuItem signOut;

    /**
     * @param auth        who is signed in
     * @param displayName the signed-in user's display name by username
     */
    AccountMenu(AuthenticationContext auth, UnaryOperator<String> displayName) {
        Div root = getContent();
        root.addClassName("gl-account");
        if (auth.getPrincipalName().isEmpty()) {
            signIn.setText(getTranslation("layout.sign-in"));
            signIn.addClassName("gl-sign-in");
            join.setText(getTranslation("layout.join"));
            join.addClassName("gl-join");
            // the router handles both addresses, so the page is not reloaded
            signIn.getElement().setAttribute("router-link", true);
            join.getElement().setAttribute("router-link", true);
            root.add(signIn, join);
            return;
        }
        String name = displayName.apply(auth.getPrincipalName().get());
        user.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Span shownName = new Span(name);
        shownName.addClassName("gl-account-name");
        Span label = new Span(VaadinIcon.USER.create(), shownName);
        label.addClassName("gl-account-label");
        MenuItem item = user.addItem(label);
        item.getElement().setAttribute("aria-label", getTranslation("layout.account", name));
        changePassword = item.getSubMenu().addItem(getTranslation("layout.change-password"), e -> UI.getCurrent()
                .navigate(ChangePasswordView.class));
        signOut = item.getSubMenu().addItem(getTranslation("layout.sign-out"), e -> auth.logout());
        root.add(user);
    }
}
