package org.gradientlab.ui.error;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouteConfiguration;
import org.gradientlab.ui.UiTest;
import org.gradientlab.ui.layout.MainLayout;
import org.junit.jupiter.api.Test;

class ErrorViewsTest extends UiTest {

    @Test
    void an_unknown_address_shows_page_not_found_inside_the_layout() {
        open("no/such/page");

        NotFoundView view = _get(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(view.detail.getText()).isEqualTo("Address: /no/such/page");
        assertThat(_get(MainLayout.class)).isNotNull();
        assertThat(pageTitle()).isEqualTo("Page not found · Gradient Lab");
    }

    @Test
    void an_unknown_exercise_is_not_found() {
        open("exercises/no-such-exercise");

        assertThat(_get(NotFoundView.class)).isNotNull();
    }

    @Test
    void a_failing_page_shows_an_incident_number_and_no_technical_detail() {
        RouteConfiguration.forSessionScope().setRoute("failing", FailingView.class, MainLayout.class);

        open("failing");

        InternalErrorView view = _get(InternalErrorView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Something went wrong");
        assertThat(view.detail.getText())
                .matches("If it keeps happening, tell your instructor the incident number [0-9a-f]{8}\\.");
        assertThat(UI.getCurrent().getElement().getTextRecursively())
                .doesNotContain("secret detail")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void a_page_whose_database_is_unreachable_says_temporarily_unavailable() {
        RouteConfiguration.forSessionScope().setRoute("database-down", DatabaseDownView.class, MainLayout.class);

        open("database-down");

        InternalErrorView view = _get(InternalErrorView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Temporarily unavailable");
        assertThat(view.explanation.getText())
                .isEqualTo("The site cannot reach its database just now. Please try again in a moment.");
        assertThat(view.detail.getText()).matches("Incident number [0-9a-f]{8}\\.");
        assertThat(pageTitle()).isEqualTo("Temporarily unavailable · Gradient Lab");
        assertThat(UI.getCurrent().getElement().getTextRecursively())
                .doesNotContain("Hikari")
                .doesNotContain("Exception");
    }
}
