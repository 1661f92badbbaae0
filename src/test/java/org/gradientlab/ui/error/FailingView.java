package org.gradientlab.ui.error;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A page that cannot be opened; registered only for the session of the test that needs it. Open to anonymous
 * visitors like every page of the site, so that the failure, not the sign-in, is what the test sees.
 */
@AnonymousAllowed
public class FailingView extends Div {

    public FailingView() {
        throw new IllegalStateException("secret detail that must not reach the page");
    }
}
