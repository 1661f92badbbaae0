package org.gradientlab.ui.layout;

import com.vaadin.flow.component.Component;

/** Browser-tab titles of the form "Chain rule · Gradient Lab", in the visitor's language. */
public final class PageTitles {

    private PageTitles() {}

    /** The title for a page whose own name is the message key {@code key}. */
    public static String of(Component page, String key) {
        return page.getTranslation("app.page-title", page.getTranslation(key));
    }

    /** The title for a page whose own name is already translated. */
    public static String ofText(Component page, String name) {
        return page.getTranslation("app.page-title", name);
    }
}
