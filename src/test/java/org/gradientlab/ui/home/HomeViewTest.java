package org.gradientlab.ui.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
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

        // Hessian diag(2, 20): λmax = 20, so 2/λmax = 0.1 is the edge (DESIGN §6)
        demo.slider.setValue(100.0);
        assertThat(demo.verdict.getText()).startsWith("With α = 0.100 the run bounces");
        assertThat(demo.alphaValue.getText()).isEqualTo("α = 0.100");

        demo.slider.setValue(120.0);
        assertThat(demo.verdict.getText()).startsWith("With α = 0.120 the run diverges");
        assertThat(demo.verdict.getElement().getAttribute("data-fate")).isEqualTo("diverges");
        List<Point> path = drawnPath(demo);
        // |1 − 20α| = 1.4: x₂ grows by 1.4 a step and leaves the picture before the 30 steps are drawn
        assertThat(path).hasSizeLessThan(DescentDemo.STEPS + 1);
        followsGradientDescent(path, 0.12);
    }

    @Test
    void the_drawn_path_is_gradient_descent_on_the_ravine_from_three_two() {
        HomeView home = open(HomeView.class);
        DescentDemo demo = home.demo;

        demo.slider.setValue(50.0);

        List<Point> path = drawnPath(demo);
        assertThat(path).hasSize(DescentDemo.STEPS + 1);
        assertThat(path.getFirst()).isEqualTo(new Point(3, 2));
        followsGradientDescent(path, 0.05);
        assertThat(demo.verdict.getElement().getAttribute("data-fate")).isEqualTo("converges");
    }

    private static List<Point> drawnPath(DescentDemo demo) {
        return ((PathSeries) demo.chart.config().series().stream()
                        .filter(s -> s.id().equals("gd"))
                        .findFirst()
                        .orElseThrow())
                .points();
    }

    /** Each drawn step is x ← x − α∇f(x) with ∇f = (2x₁, 20x₂), computed here; rounding stays below 1e-12. */
    private static void followsGradientDescent(List<Point> path, double alpha) {
        for (int k = 0; k + 1 < path.size(); k++) {
            Point x = path.get(k);
            Point next = path.get(k + 1);
            assertThat(next.x()).isCloseTo(x.x() - alpha * 2 * x.x(), within(1e-12));
            assertThat(next.y()).isCloseTo(x.y() - alpha * 20 * x.y(), within(1e-12));
        }
    }
}
