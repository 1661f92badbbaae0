package org.gradientlab.ui;

import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinHelper;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.SpringServlet;
import com.vaadin.flow.spring.SpringVaadinServletService;
import jakarta.servlet.ServletException;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;

/**
 * A Vaadin servlet for Karibu-Testing that takes views, the I18N provider and the service init listeners from the
 * Spring context, as the running site does, so that server-side UI tests exercise the real wiring.
 */
final class MockSpringServlet extends SpringServlet {

    private final Routes routes;
    private final ApplicationContext context;
    private final Function0<UI> uiFactory;

    MockSpringServlet(Routes routes, ApplicationContext context, Function0<UI> uiFactory) {
        super(context, false);
        this.routes = routes;
        this.context = context;
        this.uiFactory = uiFactory;
    }

    @Override
    protected DeploymentConfiguration createDeploymentConfiguration() throws ServletException {
        MockVaadinHelper.mockFlowBuildInfo(this);
        return super.createDeploymentConfiguration();
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new Service(this, configuration, context, uiFactory);
        service.init();
        routes.register((VaadinServletContext) service.getContext());
        return service;
    }

    /** Without Atmosphere, with a fixed root id and with Karibu's session, as Karibu's own mock service. */
    private static final class Service extends SpringVaadinServletService {

        private final Function0<UI> uiFactory;

        Service(
                MockSpringServlet servlet,
                DeploymentConfiguration configuration,
                ApplicationContext context,
                Function0<UI> uiFactory) {
            super(servlet, configuration, context);
            this.uiFactory = uiFactory;
        }

        @Override
        protected boolean isAtmosphereAvailable() {
            return false;
        }

        @Override
        public String getMainDivId(VaadinSession session, VaadinRequest request) {
            return "ROOT-1";
        }

        @Override
        protected VaadinSession createVaadinSession(VaadinRequest request) {
            return new MockVaadinSession(this, uiFactory);
        }
    }
}
