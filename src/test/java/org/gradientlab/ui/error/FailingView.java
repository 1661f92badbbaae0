package org.gradientlab.ui.error;

import com.vaadin.flow.component.html.Div;

/** A page that cannot be opened; registered only for the session of the test that needs it. */
public class FailingView extends Div {

    public FailingView() {
        throw new IllegalStateException("secret detail that must not reach the page");
    }
}
