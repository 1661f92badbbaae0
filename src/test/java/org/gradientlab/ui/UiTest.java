package org.gradientlab.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Base of the server-side UI tests: a Spring context (shared by all UI tests) and a fresh Karibu-mocked Vaadin
 * session per test, in English, with every view of {@code org.gradientlab.ui} registered.
 */
@SpringBootTest
public abstract class UiTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.gradientlab.ui");

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Navigates to a view by its class and returns the view now shown. */
    protected static <T extends Component> T open(Class<T> view) {
        UI.getCurrent().navigate(view);
        return _get(view);
    }

    /**
     * Navigates to a location such as {@code "exercises/jacobian"} as a clicked link does, so that an unknown
     * location shows the not-found page (UI.navigate would hand it to the browser instead).
     */
    protected static void open(String location) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(location), NavigationTrigger.ROUTER_LINK);
    }

    /** The title the browser tab would show. */
    protected static String pageTitle() {
        return UI.getCurrent().getInternals().getTitle();
    }
}
