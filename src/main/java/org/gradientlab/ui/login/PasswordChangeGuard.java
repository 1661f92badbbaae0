package org.gradientlab.ui.login;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.gradientlab.courses.AccountService;
import org.springframework.stereotype.Component;

/**
 * Sends a user who signed in with a temporary password to {@link ChangePasswordView} before any other page: the
 * password was seen by whoever created or reset it. Whether one is pending is read once per session and forgotten
 * when the password is changed.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private static final String PENDING = PasswordChangeGuard.class.getName() + ".pending";

    private final AccountService accounts;
    private final AuthenticationContext auth;

    PasswordChangeGuard(AccountService accounts, AuthenticationContext auth) {
        this.accounts = accounts;
        this.auth = auth;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        String user = auth.getPrincipalName().orElse(null);
        VaadinSession session = VaadinSession.getCurrent();
        if (user == null || session == null) {
            return;
        }
        Boolean pending = (Boolean) session.getAttribute(PENDING);
        if (pending == null) {
            pending = accounts.mustChangePassword(user);
            session.setAttribute(PENDING, pending);
        }
        if (pending) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }

    /** Whether the signed-in user still has to replace a temporary password (as far as the guard has read). */
    static boolean pending() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(PENDING));
    }

    /** The password was changed: nothing is pending any more. */
    static void done() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(PENDING, Boolean.FALSE);
        }
    }
}
