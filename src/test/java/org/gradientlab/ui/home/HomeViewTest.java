package org.gradientlab.ui.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.ui.UiTest;
import org.junit.jupiter.api.Test;

class HomeViewTest extends UiTest {

    @Test
    void the_four_featured_exercises_are_cards_that_open_them() {
        HomeView home = open(HomeView.class);

        var cards = _find(home, Div.class, spec -> spec.withClasses("gl-feature-card"));
        assertThat(cards).hasSize(4);
        assertThat(cards)
                .map(card -> _find(card, H3.class).getFirst().getText())
                .containsExactly("Chain rule", "Jacobian", "Learning-rate race", "Adam vs gradient descent");
        assertThat(cards)
                .map(card -> _find(card, RouterLink.class).getFirst().getHref())
                .containsExactly(
                        "exercises/chain-rule", "exercises/jacobian", "exercises/lr-race", "exercises/adam-vs-gd");
    }

    @Test
    void the_hero_leads_to_the_first_exercise_and_to_the_playground() {
        HomeView home = open(HomeView.class);

        var links = _find(home, RouterLink.class, spec -> spec.withClasses("gl-button-link"));
        assertThat(links).map(RouterLink::getHref).containsExactly("exercises/chain-rule", "playground");
    }

    @Test
    void the_demo_redraws_the_path_and_names_the_fate_of_the_run_as_alpha_moves() {
        HomeView home = open(HomeView.class);
        DescentDemo demo = home.demo;
        assertThat(demo.verdict.getText()).startsWith("With α = 0.085 the run converges");

        demo.slider.setValue(100.0);
        assertThat(demo.verdict.getText()).startsWith("With α = 0.100 the run bounces");
        assertThat(demo.alphaValue.getText()).isEqualTo("α = 0.100");

        demo.slider.setValue(120.0);
        assertThat(demo.verdict.getText()).startsWith("With α = 0.120 the run diverges");
        PathSeries path = (PathSeries) demo.chart.config().series().stream()
                .filter(s -> s.id().equals("gd"))
                .findFirst()
                .orElseThrow();
        assertThat(path.points()).hasSizeLessThan(QuadraticBowl.STEPS + 1);
        assertThat(path.points().get(1).y()).isEqualTo(2 * (1 - 20 * 0.12));
    }
}
