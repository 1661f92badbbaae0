package org.gradientlab.ui.exercises.live;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.charts.Series;
import org.gradientlab.engine.learning.LinearData;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.ui.UiTest;
import org.junit.jupiter.api.Test;

/**
 * The live charts of the computation-graph, update-rule, optimizer-comparison, neural-net, batch-size and convexity
 * exercises, on variant 0 (the course material's numbers), checked against mathematics or independent computations.
 */
class LearningChartsTest extends UiTest {

    private static Series series(Chart chart, String id) {
        return chart.config().series().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no series " + id));
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
    void the_computation_graph_marks_the_typed_node_gradients_right_or_wrong() {
        open("exercises/autograd-graph");
        AutogradGraphChart chart = _get(AutogradGraphChart.class);
        // ln(ab + a²): a, b, c = ab, s = a², d = c + s, e = ln d, joined by six edges (three points each, with the gap)
        assertThat(chart.marks).containsOnlyKeys("a", "b", "c", "s", "d", "e");
        assertThat(points(chart.chart, "edges")).hasSize(18);

        // at a = 2, b = 3: ∂e/∂b = a/d = 2/10; ∂e/∂a = (b + 2a)/d = 0.7, while 3/10 is only the path through c
        chart.answersChanged(Map.of("grad-a", Answer.text("3/10"), "grad-b", Answer.text("1/5")));

        assertThat(chart.marks)
                .containsEntry("a", AutogradGraphChart.Mark.WRONG)
                .containsEntry("b", AutogradGraphChart.Mark.RIGHT)
                .containsEntry("d", AutogradGraphChart.Mark.OPEN)
                .containsEntry("e", AutogradGraphChart.Mark.GIVEN);
        assertThat(((PathSeries) series(chart.chart, "node-a")).colour()).isEqualTo(Colour.VERMILION);
        assertThat(((PathSeries) series(chart.chart, "node-b")).colour()).isEqualTo(Colour.GREEN);

        chart.answersChanged(Map.of("grad-a", Answer.text("0.7")));

        assertThat(chart.marks).containsEntry("a", AutogradGraphChart.Mark.RIGHT);
        assertThat(chart.marks).containsEntry("b", AutogradGraphChart.Mark.OPEN);
    }

    @Test
    void typed_update_rules_are_drawn_beside_the_engines_path_and_left_out_when_they_cannot_run() {
        open("exercises/implement-optimizer");
        ImplementOptimizerChart chart = _get(ImplementOptimizerChart.class);
        assertThat(has(chart.chart, "yours")).isFalse();
        Answer model = Catalogue.standard()
                .byId("implement-optimizer")
                .orElseThrow()
                .variant(0)
                .part("update-rule")
                .orElseThrow()
                .modelAnswer();

        chart.answersChanged(Map.of("update-rule", model));

        List<Point> engine = points(chart.chart, "engine");
        List<Point> yours = points(chart.chart, "yours");
        assertThat(yours).hasSameSizeAs(engine);
        for (int k = 0; k < engine.size(); k++) {
            // the grader accepts the model rules at 1e-9 relative; the paths agree to rounding
            assertThat(yours.get(k).x()).isCloseTo(engine.get(k).x(), within(1e-9));
            assertThat(yours.get(k).y()).isCloseTo(engine.get(k).y(), within(1e-9));
        }

        chart.answersChanged(Map.of("update-rule", Answer.text("m = beta1*m +")));

        assertThat(has(chart.chart, "yours")).isFalse();
        assertThat(has(chart.chart, "engine")).isTrue();
        assertThat(chart.note.getText()).contains("cannot be run");
    }

    @Test
    void optimizer_comparison_draws_four_loss_curves_from_the_same_start_on_each_race() {
        open("exercises/optimizer-comparison");
        OptimizerComparisonChart chart = _get(OptimizerComparisonChart.class);
        // the course data's mean squared error at (w, b) = (0.1, 0.5) above the least-squares one, computed here
        LinearData data = LinearData.courseExample();
        double[] x = data.x();
        double[] y = data.y();
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double w = sxy / sxx;
        double b = my - w * mx;
        double atStart = 0;
        double best = 0;
        for (int i = 0; i < n; i++) {
            atStart += Math.pow(0.1 * x[i] + 0.5 - y[i], 2) / n;
            best += Math.pow(w * x[i] + b - y[i], 2) / n;
        }
        for (String id : List.of("sgd", "momentum", "rmsprop", "adam")) {
            List<Point> regression = points(chart.regression, id);
            // 500 epochs and the start
            assertThat(regression).hasSize(501);
            // sums of 50 terms of size ~100 in another order: 1e-9 relative
            assertThat(regression.getFirst().y()).isCloseTo(atStart - best, within(1e-9 * atStart));
            // Rosenbrock from (−2, 2): (1 + 2)² + 100(2 − 4)² = 409, and f* = 0
            List<Point> rosenbrock = points(chart.rosenbrock, id);
            assertThat(rosenbrock.getFirst().y()).isEqualTo(409.0);
            assertThat(rosenbrock.getLast().x()).isEqualTo(5000.0);
        }
    }

    @Test
    void the_network_chart_follows_the_typed_training_and_shows_adams_bias_correction() {
        open("exercises/neural-net");
        NeuralNetChart chart = _get(NeuralNetChart.class);

        chart.answersChanged(Map.of("training", Answer.settings(Map.of("lr", "0.01", "epochs", "3"))));

        assertThat(points(chart.losses, "train")).extracting(Point::x).containsExactly(1.0, 2.0, 3.0);
        assertThat(points(chart.losses, "validation")).hasSize(3);
        List<Point> first = points(chart.adamState, "first-moment");
        List<Point> second = points(chart.adamState, "second-moment");
        // 400 training samples in batches of 32: 13 updates per epoch
        assertThat(first).hasSize(39);
        assertThat(first.getLast().x()).isEqualTo(39.0);
        // 1/(1 − β^t) at t = 1 with β1 = 0.9, β2 = 0.999 (1 − 0.999 carries a rounding of 1e-16/1e-3 relative)
        assertThat(first.getFirst().y()).isCloseTo(10, within(1e-12));
        assertThat(second.getFirst().y()).isCloseTo(1000, within(1e-9));
        // and falls towards 1 as t grows
        assertThat(first.getLast().y()).isCloseTo(1 / (1 - Math.pow(0.9, 39)), within(1e-12));
        assertThat(chart.readout.getText()).startsWith("With α = 0.01 for 3 epochs");
    }

    @Test
    void gradient_variance_falls_like_one_over_the_batch_size_and_is_zero_for_the_full_batch() {
        open("exercises/batch-size");
        BatchSizeChart chart = _get(BatchSizeChart.class);
        List<Point> exact = points(chart.variance, "exact");
        int n = chart.samples;

        assertThat(exact.getLast().x()).isEqualTo(n);
        assertThat(exact.getLast().y()).isZero();
        for (int i = 1; i < exact.size(); i++) {
            assertThat(exact.get(i).y()).isLessThan(exact.get(i - 1).y());
        }
        // without replacement: V(b) = (S/b)·(n − b)/(n − 1), so V(1)/V(b) = b(n − 1)/(n − b); 1e-12 relative rounding
        Point one = exact.getFirst();
        Point other = exact.get(exact.size() / 2);
        double b = other.x();
        assertThat(one.x()).isEqualTo(1.0);
        assertThat(one.y() / other.y()).isCloseTo(b * (n - 1) / (n - b), within(1e-9 * b));

        List<Point> measured = points(chart.variance, "measured");
        assertThat(measured).extracting(Point::x).containsExactly(1.0, 16.0, 64.0, 256.0, 1024.0, (double) n);
        for (int i = 1; i < measured.size(); i++) {
            assertThat(measured.get(i).y()).isLessThan(measured.getFirst().y());
        }
        for (int size : new int[] {1, 16, 64, 256, 1024, n}) {
            assertThat(points(chart.losses, "loss-" + size)).hasSize(BatchSizeChart.EPOCHS);
        }
    }

    @Test
    void gradient_descent_ends_at_the_one_minimum_of_the_convex_function_but_in_either_well_of_the_other() {
        open("exercises/convexity");
        ConvexityChart chart = _get(ConvexityChart.class);
        assertThat(chart.starts).containsExactly(-2, -1, 0, 1, 2);

        double first = Double.NaN;
        for (int i = 0; i < chart.starts.length; i++) {
            double end = points(chart.convex, "run-" + i).getLast().x();
            // x⁴ + x² − 2x: f′ = 4x³ + 2x − 2 has one real root; after 2000 steps f′ is rounding-small (1e-9)
            assertThat(4 * end * end * end + 2 * end - 2).isCloseTo(0, within(1e-9));
            first = i == 0 ? end : first;
            assertThat(end).isCloseTo(first, within(1e-9));
        }
        java.util.Set<Long> wells = new java.util.HashSet<>();
        for (int i = 0; i < chart.starts.length; i++) {
            double end = points(chart.nonConvex, "run-" + i).getLast().x();
            // x⁴ − 4x² + 2x: f′ = 4x³ − 8x + 2 = 0 at a minimum, where f″ = 12x² − 8 > 0
            assertThat(4 * end * end * end - 8 * end + 2).isCloseTo(0, within(1e-9));
            assertThat(12 * end * end - 8).isPositive();
            wells.add(Math.round(end));
        }
        assertThat(wells).as("runs end in both wells").hasSize(2);
    }
}
