package org.gradientlab.ui.playground;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.ContourLine;
import org.gradientlab.charts.Contours;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.charts.Series;
import org.gradientlab.engine.optim.MomentumForm;
import org.gradientlab.engine.optim.NesterovForm;
import org.gradientlab.reference.ReferenceData;
import org.gradientlab.ui.UiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class PlaygroundViewTest extends UiTest {

    private static PlaygroundView race(PlaygroundState state) {
        open("playground?" + state.toQuery());
        return _get(PlaygroundView.class);
    }

    /** GD on the bowl (x − 2)² + (y + 1)² from (−2, 3), the course's first worked example. */
    private static PlaygroundState bowl(double lr, int steps) {
        return new PlaygroundState(
                "(x-2)^2 + (y+1)^2",
                new Window(-3, 5, -4, 4),
                -2,
                3,
                steps,
                OptionalDouble.empty(),
                List.of(Racer.of(Method.GD, Colour.BLUE).withLearningRate(lr)));
    }

    private static List<PathSeries> paths(PlaygroundView view) {
        return view.contourChart.config().series().stream()
                .filter(s -> s instanceof PathSeries && s.id().startsWith("path-"))
                .map(PathSeries.class::cast)
                .toList();
    }

    private static Contours contours(PlaygroundView view) {
        return view.contourChart.config().series().stream()
                .filter(Contours.class::isInstance)
                .map(Contours.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static Series series(PlaygroundView view, String id) {
        return view.contourChart.config().series().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void typing_a_function_redraws_the_contours_of_that_function() {
        PlaygroundView view = race(bowl(0.3, 30));
        Contours before = contours(view);

        view.setup.function.setValue("x^2 + y^2");

        Contours after = contours(view);
        assertThat(after).isNotEqualTo(before);
        assertThat(after.lines()).isNotEmpty();
        // Each traced point lies on its level set up to the linear interpolation across one grid cell
        // (h = 8/140, error ≤ h²/2 ≈ 2e-3 for this f) plus the 1e-4 rounding of coordinates: 0.01 is ample.
        for (ContourLine line : after.lines()) {
            for (Point p : line.points()) {
                assertThat(p.x() * p.x() + p.y() * p.y()).isCloseTo(line.level(), within(0.01));
            }
        }
        assertThat(view.setup.preset.getValue()).isNull();
        assertThat(view.link()).contains("f=x%5E2%20%2B%20y%5E2");
    }

    @Test
    void choosing_a_preset_sets_function_window_start_and_marks_its_minimum() {
        PlaygroundView view = race(bowl(0.3, 30));

        view.setup.preset.setValue(Preset.byId("rosenbrock").orElseThrow());

        assertThat(view.setup.function.getValue()).isEqualTo("(1-x)^2 + 100(y-x^2)^2");
        assertThat(view.setup.xMin.getValue()).isEqualTo(-2.5);
        assertThat(view.setup.yMax.getValue()).isEqualTo(3.5);
        assertThat(((PathSeries) series(view, "minimum-0")).points()).containsExactly(new Point(1, 1));
        assertThat(((PathSeries) series(view, "start")).points()).containsExactly(new Point(-2, 2));
    }

    @Test
    void every_preset_draws_contours_its_minimisers_and_every_racers_path() {
        PlaygroundView view = race(PlaygroundState.DEFAULT);

        for (Preset preset : Preset.ALL) {
            view.setup.preset.setValue(preset);

            assertThat(contours(view).lines()).as(preset.id()).isNotEmpty();
            for (int i = 0; i < preset.minimisers().size(); i++) {
                double[] m = preset.minimisers().get(i);
                assertThat(((PathSeries) series(view, "minimum-" + i)).points()).containsExactly(new Point(m[0], m[1]));
            }
            assertThat(view.contourChart.config().series().stream().filter(s -> s.id().startsWith("minimum-")))
                    .as(preset.id())
                    .hasSize(preset.minimisers().size());
            assertThat(paths(view)).as(preset.id()).hasSize(3).allSatisfy(p -> assertThat(p.points())
                    .isNotEmpty());
            assertThat(view.results.rows()).as(preset.id()).hasSize(3);
        }
    }

    @Test
    void gradient_descent_on_the_bowl_follows_the_worked_example() {
        PlaygroundView view = race(bowl(0.3, 30));

        // s000-gd-bowl-numpy: the first iterates of x ← x − 0.3·∇f from (−2, 3). The thinned path keeps every
        // iterate that moves at least 1/1800 of the window, which the first eight all do.
        JsonNode path = ReferenceData.outputs("s000-gd-bowl-numpy").get("path");
        List<Point> drawn = paths(view).getFirst().points();
        for (int k = 0; k < 8; k++) {
            double[] expected = ReferenceData.vector(path.get(k));
            assertThat(drawn.get(k).x()).isCloseTo(expected[0], within(1e-12));
            assertThat(drawn.get(k).y()).isCloseTo(expected[1], within(1e-12));
        }
        assertThat(drawn.get(1)).isEqualTo(new Point(0.3999999999999999, 0.6000000000000001));
    }

    @Test
    void moving_the_learning_rate_reruns_that_racer_and_updates_the_link() {
        PlaygroundView view = race(bowl(0.3, 30));
        RacerEditor editor = view.editors.values().iterator().next();

        editor.learningRate.setValue(0.1);

        // x₁ = x₀ − 0.1·2(x₀ − (2, −1)) = (−2, 3) − 0.2·(−4, 4) = (−1.2, 2.2); 1e-12 covers the rounding of 0.2·4.
        Point first = paths(view).getFirst().points().get(1);
        assertThat(first.x()).isCloseTo(-1.2, within(1e-12));
        assertThat(first.y()).isCloseTo(2.2, within(1e-12));
        PlaygroundState linked = PlaygroundState.fromQuery(view.link().substring("playground?".length()))
                .state();
        assertThat(linked.racers().getFirst().learningRate()).isEqualTo(0.1);
    }

    @Test
    void the_slider_moves_the_learning_rate_on_a_log_scale() {
        PlaygroundView view = race(bowl(0.3, 30));
        RacerEditor editor = view.editors.values().iterator().next();

        editor.learningRate.slider.setValue(-2.0);

        assertThat(editor.learningRate.getValue()).isEqualTo(0.01);
        assertThat(view.logic.state().racers().getFirst().learningRate()).isEqualTo(0.01);
    }

    @Test
    void adding_and_removing_racers_adds_and_removes_their_paths_and_rows() {
        PlaygroundView view = race(bowl(0.3, 30));
        assertThat(paths(view)).hasSize(1);

        view.addRacer.click();
        view.addRacer.click();

        assertThat(paths(view)).hasSize(3);
        assertThat(view.results.rows()).hasSize(3);
        assertThat(view.editors).hasSize(3);
        assertThat(paths(view)).extracting(PathSeries::colour).doesNotHaveDuplicates();

        view.editors.values().iterator().next().remove.click();

        assertThat(paths(view)).hasSize(2);
        assertThat(view.results.rows()).hasSize(2);
        assertThat(view.logic.state().racers()).hasSize(2);
    }

    @Test
    void an_unreadable_function_shows_its_column_and_keeps_the_last_good_chart() {
        PlaygroundView view = race(bowl(0.3, 30));
        Contours before = contours(view);
        List<PathSeries> pathsBefore = paths(view);

        view.setup.function.setValue("x^2 + *y");

        assertThat(view.setup.function.getProblem()).isPresent();
        assertThat(view.setup.function.getProblem().orElseThrow().column()).isEqualTo(7);
        assertThat(view.setup.function.getElement().getTextRecursively()).contains("column 7");
        assertThat(view.setup.functionKept.isVisible()).isTrue();
        assertThat(contours(view)).isEqualTo(before);
        assertThat(paths(view)).isEqualTo(pathsBefore);
        assertThat(view.link()).contains("f=(x-2)%5E2");
    }

    @Test
    void a_diverging_learning_rate_is_reported_with_its_step_and_draws_only_finite_points() {
        PlaygroundState ravine = new PlaygroundState(
                "x^2 + 10y^2",
                new Window(-4, 4, -3, 3),
                3,
                2,
                80,
                OptionalDouble.empty(),
                List.of(Racer.of(Method.GD, Colour.BLUE).withLearningRate(0.01)));
        PlaygroundView view = race(ravine);
        // s000-lr-race-ill-conditioned: α = 0.01 ends at f = 0.35515… after 80 steps, far from converged.
        double finalLoss = ReferenceData.outputs("s000-lr-race-ill-conditioned")
                .get("race")
                .get("0.01")
                .get("final_loss")
                .asDouble();
        assertThat(view.results.rows().getFirst().get(2)).isEqualTo(Texts.number(finalLoss));
        assertThat(view.results.rows().getFirst().getLast()).isEqualTo("not converged after 80 steps");

        view.editors.values().iterator().next().learningRate.setValue(0.12);

        // Independently: GD on x² + 10y² scales x by 1 − 2α and y by 1 − 20α each step; the run diverges at the
        // first k with f(x_k) > 1e6·(f(x₀) + 1), f(x₀) = 9 + 40.
        double limit = 1e6 * (49 + 1);
        int k = 0;
        double x = 3;
        double y = 2;
        while (x * x + 10 * y * y <= limit) {
            x *= 1 - 2 * 0.12;
            y *= 1 - 20 * 0.12;
            k++;
        }
        assertThat(view.results.rows().getFirst().getLast()).isEqualTo("diverged at step " + k);
        assertThat(paths(view).getFirst().points())
                .allSatisfy(p -> assertThat(Double.isFinite(p.x()) && Double.isFinite(p.y()))
                        .isTrue());
    }

    @Test
    void adam_on_rosenbrock_stops_below_the_threshold_at_the_reference_step() {
        PlaygroundState state = new PlaygroundState(
                "(1-x)^2 + 100(y-x^2)^2",
                new Window(-2.5, 2.5, -1, 3.5),
                -0.5,
                0.5,
                5000,
                OptionalDouble.of(0.01),
                List.of(Racer.of(Method.ADAM, Colour.GREEN).withLearningRate(0.01)));

        PlaygroundView view = race(state);

        // s000-rosenbrock-adam-torch: torch.optim.Adam(lr=0.01) from (−0.5, 0.5) first has f < 0.01 after 1346 steps.
        int reference = ReferenceData.outputs("s000-rosenbrock-adam-torch")
                .get("steps_to_f_below_0.01")
                .asInt();
        assertThat(view.results.rows().getFirst().getLast()).isEqualTo("reached f < 0.01 at step " + reference);
    }

    @Test
    void the_first_race_a_visitor_sees_is_the_reference_shoot_out_on_rosenbrock() {
        open(PlaygroundView.class);
        PlaygroundView view = _get(PlaygroundView.class);

        // s003-rosenbrock-shootout: SGD 1e-3, heavy-ball momentum 1e-3 with β 0.9, Adam 1e-2 from (−2, 2), 5000
        // steps. The engine follows torch's operation order, so 1e-9 relative is the README's tolerance.
        JsonNode results = ReferenceData.outputs("s003-rosenbrock-shootout").get("results");
        List<Lap> laps = view.logic.laps();
        assertThat(laps).hasSize(3);
        String[] names = {"SGD", "Momentum", "Adam"};
        for (int i = 0; i < 3; i++) {
            Lap.Finished lap = (Lap.Finished) laps.get(i);
            double[] expected = ReferenceData.vector(results.get(names[i]).get("final_position"));
            double[] actual = lap.result().finalPoint();
            assertThat(actual[0]).isCloseTo(expected[0], within(1e-9 * Math.abs(expected[0])));
            assertThat(actual[1]).isCloseTo(expected[1], within(1e-9 * Math.abs(expected[1])));
            assertThat(lap.result().step()).isEqualTo(5000);
        }
        assertThat(view.results.rows())
                .extracting(List::getLast)
                .containsExactly("not converged after 5000 steps", "converged", "not converged after 5000 steps");
        assertThat(view.results.rows().get(1).getFirst()).contains("heavy ball, β = 0.9");
    }

    @Test
    void opening_a_link_restores_every_control() {
        PlaygroundState state = PlaygroundStateTest.everything();

        PlaygroundView view = race(state);

        assertThat(view.setup.function.getValue()).isEqualTo(state.function());
        assertThat(List.of(
                        view.setup.xMin.getValue(),
                        view.setup.xMax.getValue(),
                        view.setup.yMin.getValue(),
                        view.setup.yMax.getValue()))
                .containsExactly(-3.5, 2.25, -1e-3, 40.0);
        assertThat(view.setup.startX.getValue()).isEqualTo(1.25);
        assertThat(view.setup.startY.getValue()).isEqualTo(-0.0625);
        assertThat(view.setup.steps.getValue()).isEqualTo(1234);
        assertThat(view.setup.stopBelow.getValue()).isEqualTo(1e-6);
        assertThat(view.editors).hasSize(state.racers().size());
        List<RacerEditor> editors = List.copyOf(view.editors.values());
        for (int i = 0; i < editors.size(); i++) {
            RacerEditor editor = editors.get(i);
            Racer expected = state.racers().get(i);
            assertThat(editor.method.getValue()).isEqualTo(expected.method());
            assertThat(editor.learningRate.getValue()).isEqualTo(expected.learningRate());
            assertThat(editor.colour.getValue()).isEqualTo(expected.colour());
            assertThat(editor.schedule.getValue()).isEqualTo(expected.schedule().kind());
            for (ScheduleSettings.Parameter p : expected.schedule().kind().parameters()) {
                assertThat(editor.scheduleParameters.get(p).getValue())
                        .isEqualTo(expected.schedule().get(p));
            }
            assertThat(editor.clip.getValue()).isEqualTo(expected.clipped());
            assertThat(editor.racer()).isEqualTo(expected.canonical());
        }
        RacerEditor momentum = editors.get(1);
        assertThat(momentum.beta.getValue()).isEqualTo(0.85);
        assertThat(momentum.momentumForm.getValue()).isEqualTo(MomentumForm.EMA);
        assertThat(momentum.momentumForm.isVisible() && momentum.beta.isVisible())
                .isTrue();
        assertThat(momentum.beta1.isVisible()).isFalse();
        RacerEditor nesterov = editors.get(2);
        assertThat(nesterov.nesterovForm.getValue()).isEqualTo(NesterovForm.LOOKAHEAD);
        assertThat(nesterov.clipNorm.getValue()).isEqualTo(2.5);
        RacerEditor adamW = editors.get(3);
        assertThat(List.of(
                        adamW.beta1.getValue(),
                        adamW.beta2.getValue(),
                        adamW.epsilon.getValue(),
                        adamW.weightDecay.getValue()))
                .containsExactly(0.8, 0.99, 1e-6, 0.125);
        assertThat(adamW.beta.isVisible()).isFalse();
        assertThat(editors.get(4).rho.getValue()).isEqualTo(0.9);
        assertThat(editors.get(5).memory.getValue()).isEqualTo(4.0);
        assertThat(view.notices.isVisible()).isFalse();
        assertThat(PlaygroundState.fromQuery(view.link().substring("playground?".length()))
                        .state())
                .isEqualTo(state.canonical());
    }

    @Test
    void a_tampered_link_opens_with_defaults_and_says_what_was_wrong() {
        open("playground?steps=lots&r=warp-drive&r=gd,lr:0.1&f=x%5E2%20%2B%20*y");
        PlaygroundView view = _get(PlaygroundView.class);

        assertThat(view.notices.isVisible()).isTrue();
        assertThat(view.notices.getElement().getTextRecursively()).contains("steps = 'lots'", "'warp-drive'", "column");
        assertThat(view.setup.steps.getValue()).isEqualTo(PlaygroundState.DEFAULT.steps());
        assertThat(view.setup.function.getValue()).isEqualTo(PlaygroundState.DEFAULT.function());
        assertThat(view.editors).hasSize(1);
        assertThat(paths(view)).hasSize(1);
    }

    @Test
    void clicking_the_contour_plot_moves_the_start_there() {
        PlaygroundView view = race(bowl(0.3, 30));
        Element canvas = find(view.contourChart.getElement(), "gl-chart").orElseThrow();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.detail.x", 1.23456);
        data.put("event.detail.y", -0.98765);

        canvas.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(canvas, "gl-chart-pick", data));

        // The window is 8 wide, so the start is rounded to 1e-3.
        assertThat(view.setup.startX.getValue()).isEqualTo(1.235);
        assertThat(view.setup.startY.getValue()).isEqualTo(-0.988);
        assertThat(((PathSeries) series(view, "start")).points()).containsExactly(new Point(1.235, -0.988));
        assertThat(paths(view).getFirst().points().getFirst()).isEqualTo(new Point(1.235, -0.988));
    }

    @Test
    void a_momentum_racer_names_its_form_and_rule() {
        PlaygroundState state = bowl(0.1, 30)
                .withRacers(List.of(Racer.of(Method.MOMENTUM, Colour.BLUE).withMomentum(0.9, MomentumForm.HEAVY_BALL)));
        PlaygroundView view = race(state);
        RacerEditor editor = view.editors.values().iterator().next();

        assertThat(editor.momentumRule.getText()).startsWith("v ← βv + ∇f(x), x ← x − αv");
        assertThat(view.results.rows().getFirst().getFirst()).contains("heavy ball, β = 0.9");

        editor.momentumForm.setValue(MomentumForm.VELOCITY);

        assertThat(editor.momentumRule.getText()).startsWith("v ← βv − α∇f(x), x ← x + v");
        assertThat(view.results.rows().getFirst().getFirst()).contains("velocity form, β = 0.9");
    }

    @Test
    void switching_the_optimizer_shows_only_its_settings() {
        PlaygroundView view = race(bowl(0.3, 30));
        RacerEditor editor = view.editors.values().iterator().next();

        editor.method.setValue(Method.ADAGRAD);

        assertThat(editor.epsilon.isVisible()).isTrue();
        assertThat(editor.epsilon.getValue()).isEqualTo(1e-10);
        assertThat(editor.beta.isVisible() || editor.beta1.isVisible() || editor.rho.isVisible())
                .isFalse();
        assertThat(view.logic.state().racers().getFirst().method()).isEqualTo(Method.ADAGRAD);
        assertThat(view.results.rows().getFirst().getFirst()).startsWith("AdaGrad");
    }

    @Test
    void settings_the_engine_refuses_are_shown_in_the_results_not_thrown() {
        PlaygroundView view = race(bowl(0.3, 30).withRacers(List.of(Racer.of(Method.MOMENTUM, Colour.BLUE))));
        RacerEditor editor = view.editors.values().iterator().next();

        editor.beta.setValue(1.0);

        assertThat(view.results.rows().getFirst().getLast()).startsWith("settings refused: β must lie in [0, 1)");
        assertThat(paths(view).getFirst().points()).isEmpty();
    }

    private static Optional<Element> find(Element root, String tag) {
        if (!root.isTextNode() && tag.equals(root.getTag())) {
            return Optional.of(root);
        }
        return root.getChildren()
                .filter(child -> !child.isTextNode())
                .map(child -> find(child, tag))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
