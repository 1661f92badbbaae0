package org.gradientlab.ui.exercises.live;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gradientlab.charts.ArrowField;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.charts.Series;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.ui.UiTest;
import org.junit.jupiter.api.Test;

class LiveChartsTest extends UiTest {

    private static Series series(Chart chart, String id) {
        return chart.config().series().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<Point> points(Chart chart, String id) {
        return switch (series(chart, id)) {
            case PathSeries p -> p.points();
            case LineSeries l -> l.points();
            default -> throw new AssertionError(id + " has no points");
        };
    }

    private static boolean has(Chart chart, String id) {
        return chart.config().series().stream().anyMatch(s -> s.id().equals(id));
    }

    @Test
    void moving_an_lr_race_slider_reruns_gradient_descent_and_redraws_its_path_and_loss() {
        open("exercises/lr-race");
        LearningRateRaceChart race = _get(LearningRateRaceChart.class);
        assertThat(race.rows).hasSize(4);
        LearningRateRaceChart.RateRow last = race.rows.getLast();
        String path = "path-" + last.id;
        List<Point> before = points(race.paths, path);
        // x1² + 10x2² from (3, 2): GD multiplies x2 by (1 − 20α) each step
        assertThat(before.get(1).y()).isCloseTo(2 * (1 - 20 * 0.08), within(1e-12));

        last.slider.input.setValue(0.12);

        List<Point> after = points(race.paths, path);
        assertThat(after).isNotEqualTo(before);
        assertThat(after.get(1).y()).isCloseTo(2 * (1 - 20 * 0.12), within(1e-12));
        assertThat(points(race.losses, "loss-" + last.id)).isNotEqualTo(before);
        assertThat(last.fate.getElement().getAttribute("data-fate")).isEqualTo("diverges");
    }

    @Test
    void learning_rates_can_be_added_and_removed() {
        open("exercises/lr-race");
        LearningRateRaceChart race = _get(LearningRateRaceChart.class);

        _click(race.addRate);
        assertThat(race.rows).hasSize(5);
        int added = race.rows.getLast().id;
        assertThat(has(race.paths, "path-" + added)).isTrue();

        _click(race.rows.getLast().remove);
        assertThat(race.rows).hasSize(4);
        assertThat(has(race.paths, "path-" + added)).isFalse();
        assertThat(has(race.losses, "loss-" + added)).isFalse();
    }

    @Test
    void the_divergence_threshold_is_marked_on_request_at_two_over_lambda_max() {
        open("exercises/lr-race");
        LearningRateRaceChart race = _get(LearningRateRaceChart.class);
        // Hessian diag(2, 20): 2/λmax = 0.1 (DESIGN §6)
        assertThat(race.threshold).isCloseTo(0.1, within(1e-12));
        assertThat(race.rows.getFirst().marker.isVisible()).isFalse();

        race.showThreshold.setValue(true);

        assertThat(race.rows).allSatisfy(r -> assertThat(r.marker.isVisible()).isTrue());
        assertThat(race.thresholdText.getText()).isEqualTo("α* = 2/λmax = 0.1");
    }

    @Test
    void moving_an_adam_vs_gd_slider_reruns_the_optimizer_and_redraws_its_curves() {
        open("exercises/adam-vs-gd");
        AdamVersusGdChart chart = _get(AdamVersusGdChart.class);
        List<Point> adamLoss = points(chart.losses, "loss-adam");
        List<Point> gdPath = points(chart.paths, "path-gd");
        assertThat(chart.adamReadout.getText()).contains("after");

        chart.adamRate.input.setValue(-1.0);
        chart.gdRate.input.setValue(-2.0);

        assertThat(points(chart.losses, "loss-adam")).isNotEqualTo(adamLoss);
        assertThat(points(chart.paths, "path-gd")).isNotEqualTo(gdPath);
        assertThat(chart.gdReadout.getText()).contains("diverges");
    }

    @Test
    void adam_vs_gd_sliders_follow_the_learning_rates_typed_in_the_settings() {
        open("exercises/adam-vs-gd");
        AdamVersusGdChart chart = _get(AdamVersusGdChart.class);

        chart.answersChanged(Map.of("adam-settings", Answer.settings(Map.of("lr", "0.05", "steps", "2000"))));

        assertThat(chart.adamRate.value()).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void the_students_derivative_is_drawn_as_soon_as_it_reads_and_drives_gradient_descent() {
        open("exercises/chain-rule");
        ChainRuleChart chart = _get(ChainRuleChart.class);
        assertThat(has(chart.chart, "your-derivative")).isFalse();
        assertThat(chart.runGd.isEnabled()).isFalse();

        chart.answersChanged(Map.of("derivative", Answer.text("cos(x^2)")));

        List<Point> yours = points(chart.chart, "your-derivative");
        Point p = yours.get(yours.size() / 3);
        assertThat(p.y()).isEqualTo(Math.cos(p.x() * p.x()));
        assertThat(has(chart.chart, "your-tangent")).isTrue();
        assertThat(chart.runGd.isEnabled()).isTrue();

        _click(chart.runGd);

        assertThat(points(chart.chart, "gd-yours")).isNotEqualTo(points(chart.chart, "gd-true"));
        assertThat(chart.gdReadout.isVisible()).isTrue();
    }

    @Test
    void moving_the_tangent_point_moves_the_tangent() {
        open("exercises/chain-rule");
        ChainRuleChart chart = _get(ChainRuleChart.class);
        List<Point> before = points(chart.chart, "tangent");

        chart.point.input.setValue(0.5);

        List<Point> after = points(chart.chart, "tangent");
        assertThat(after).isNotEqualTo(before);
        // the tangent of sin(x²) at 0.5 has slope 2·0.5·cos(0.25)
        double slope = (after.get(1).y() - after.get(0).y())
                / (after.get(1).x() - after.get(0).x());
        assertThat(slope).isCloseTo(Math.cos(0.25), within(1e-9));
    }

    @Test
    void the_jacobian_chart_tabulates_exact_and_central_difference_entries() {
        open("exercises/jacobian");
        JacobianChart chart = _get(JacobianChart.class);
        assertThat(chart.chart.config().series())
                .filteredOn(s -> s.id().startsWith("cell-"))
                .hasSize(6);

        chart.step.input.setValue(-1.0);

        Point marker = points(chart.chart, "chosen-h").getFirst();
        assertThat(marker.x()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void every_exercise_with_a_live_chart_in_the_design_gets_one() {
        for (String id : List.of(
                "chain-rule",
                "jacobian",
                "lr-race",
                "adam-vs-gd",
                "finite-differences",
                "gradient-field",
                "gd-by-hand",
                "critical-lr",
                "momentum",
                "lagrange",
                "linear-regression",
                "local-minima",
                "lr-schedules",
                "autograd-graph",
                "implement-optimizer",
                "optimizer-comparison",
                "neural-net",
                "batch-size",
                "convexity")) {
            Catalogue.standard().byId(id).ifPresent(exercise -> {
                for (int n = 0; n < 6; n++) {
                    assertThat(LiveCharts.of(exercise.variant(n)))
                            .as(id + " variant " + n)
                            .isPresent();
                }
            });
        }
        assertThat(LiveCharts.of(Catalogue.standard()
                        .byId("gradient-identities")
                        .orElseThrow()
                        .variant(0)))
                .isEmpty();
    }

    @Test
    void the_gradient_field_draws_the_students_direction_from_the_point() {
        open("exercises/gradient-field");
        GradientFieldChart chart = _get(GradientFieldChart.class);

        chart.answersChanged(Map.of("steepest-descent", Answer.entries("-2", "4")));

        ArrowField yours = (ArrowField) series(chart.chart, "yours");
        ArrowField truth = (ArrowField) series(chart.chart, "true");
        // f = x1² + 2x2² at (1, −1): −∇f = (−2, 4), so the typed answer lies exactly on the true arrow
        assertThat(yours.arrows()).isEqualTo(truth.arrows());
    }

    @Test
    void typed_iterates_are_drawn_beside_the_engines() {
        open("exercises/gd-by-hand");
        GdByHandChart chart = _get(GdByHandChart.class);

        chart.answersChanged(Map.of("step-1", Answer.entries("0.4", "0.6"), "step-2", Answer.entries("1.36", "-0.36")));

        List<Point> yours = points(chart.chart, "yours");
        List<Point> engine = points(chart.chart, "engine");
        assertThat(yours).hasSize(3);
        for (int k = 0; k < 3; k++) {
            assertThat(yours.get(k).x()).isCloseTo(engine.get(k).x(), within(1e-12));
            assertThat(yours.get(k).y()).isCloseTo(engine.get(k).y(), within(1e-12));
        }
    }

    @Test
    void moving_the_momentum_slider_reruns_the_momentum_path() {
        open("exercises/momentum");
        MomentumChart chart = _get(MomentumChart.class);
        List<Point> before = points(chart.paths, "path-yours");

        chart.beta.input.setValue(0.9);

        assertThat(points(chart.paths, "path-yours")).isNotEqualTo(before);
        assertThat(chart.readout.getText()).startsWith("With β = 0.9,");
    }

    @Test
    void a_typed_threshold_is_checked_by_simulation_on_the_chart() {
        open("exercises/critical-lr");
        CriticalLrChart chart = _get(CriticalLrChart.class);

        chart.answersChanged(Map.of("threshold", Answer.text("1/3")));

        // 3x1² + 0.5x2²: λmax = 6, α* = 1/3; just below it the loss falls, just above it grows
        List<Point> below = points(chart.chart, "yours-below");
        List<Point> above = points(chart.chart, "yours-above");
        assertThat(below.getLast().y()).isLessThan(below.getFirst().y());
        assertThat(above.getLast().y()).isGreaterThan(above.getFirst().y());
    }

    @Test
    void linear_regression_follows_the_typed_learning_rate_towards_least_squares() {
        open("exercises/linear-regression");
        LinearRegressionChart chart = _get(LinearRegressionChart.class);
        List<Point> modelPath = points(chart.paths, "path");
        Point best = points(chart.paths, "least-squares").getFirst();

        chart.answersChanged(Map.of("training", Answer.settings(Map.of("lr", "0.002", "epochs", "1000"))));

        List<Point> slowPath = points(chart.paths, "path");
        assertThat(slowPath).isNotEqualTo(modelPath);
        // the model answer's rate ends nearer the least-squares point than a ten times smaller one
        assertThat(distance(modelPath.getLast(), best)).isLessThan(distance(slowPath.getLast(), best));
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    @Test
    void moving_the_start_on_the_double_well_reruns_both_paths() {
        open("exercises/local-minima");
        LocalMinimaChart chart = _get(LocalMinimaChart.class);
        List<Point> before = points(chart.chart, "gd");

        chart.start.input.setValue(3.0);

        List<Point> after = points(chart.chart, "gd");
        assertThat(after.getFirst().x()).isEqualTo(3.0);
        // 0.1x⁴ − 3x² + x at 3: 8.1 − 27 + 3
        assertThat(after.getFirst().y()).isCloseTo(-15.9, within(1e-12));
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void the_chosen_schedule_is_drawn_boldest_from_the_typed_rate() {
        open("exercises/lr-schedules");
        LrSchedulesChart chart = _get(LrSchedulesChart.class);

        chart.answersChanged(
                Map.of("rosenbrock-schedule", Answer.settings(Map.of("schedule", "constant", "lr", "0.5"))));

        LineSeries constant = (LineSeries) series(chart.chart, "schedule-constant");
        assertThat(constant.width()).isGreaterThan(2);
        assertThat(constant.points()).allSatisfy(p -> assertThat(p.y()).isEqualTo(0.5));
    }
}
