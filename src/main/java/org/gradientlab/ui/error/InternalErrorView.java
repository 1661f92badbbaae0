package org.gradientlab.ui.error;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.gradientlab.courses.DatabaseOutage;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Something went wrong" for any failure while opening a page. The exception goes to the log under an incident
 * id; the visitor sees the id (to quote when reporting it) and never a stack trace. When the database cannot be
 * reached it says "temporarily unavailable, try again in a moment" instead (HTTP 503).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(InternalErrorView.class);

    private boolean unavailable;

    private final transient DatabaseOutage outages;

    public InternalErrorView(DatabaseOutage outages) {
        super(VaadinIcon.WARNING.create());
        this.outages = outages;
        heading.setText(getTranslation("error.internal.title"));
        explanation.setText(getTranslation("error.internal.text"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = IncidentIds.next();
        Exception caught = parameter.getCaughtException();
        if (outages.explains(caught)) {
            Outages.log(incident, "/" + event.getLocation().getPath(), caught);
            unavailable = true;
            heading.setText(getTranslation("unavailable.title"));
            explanation.setText(getTranslation("unavailable.text"));
            detail.setText(getTranslation("unavailable.incident", incident));
            detail.setVisible(true);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        LOG.error("Incident {} while opening /{}", incident, event.getLocation().getPath(), caught);
        detail.setText(getTranslation("error.incident", incident));
        detail.setVisible(true);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, unavailable ? "unavailable.title" : "error.internal.title");
    }
}
