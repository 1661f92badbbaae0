package org.gradientlab.ui.student;

import com.vaadin.flow.spring.security.AuthenticationContext;

/** The signed-in user's name, which every courses service call passes as the actor. */
final class SignedIn {

    private SignedIn() {}

    /** The username; the views that call this are only open to signed-in users. */
    static String username(AuthenticationContext auth) {
        return auth.getPrincipalName().orElseThrow(() -> new IllegalStateException("no one is signed in"));
    }
}
