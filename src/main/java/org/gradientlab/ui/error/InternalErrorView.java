package org.gradientlab.ui.error;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Something went wrong" for any failure while opening a page. The exception goes to the log under an incident
 * id; the visitor sees the id (to quote when reporting it) and never a stack trace.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(InternalErrorView.class);

    public InternalErrorView() {
        super(VaadinIcon.WARNING.create());
        heading.setText(getTranslation("error.internal.title"));
        explanation.setText(getTranslation("error.internal.text"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = IncidentIds.next();
        LOG.error(
                "Incident {} while opening /{}",
                incident,
                event.getLocation().getPath(),
                parameter.getCaughtException());
        detail.setText(getTranslation("error.incident", incident));
        detail.setVisible(true);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "error.internal.title");
    }
}
