package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.exercises.OptimizerRuleCheck;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The interpreter of typed update rules, run on its own, reproduces the course material's optimizer runs recorded
 * in the reference figures (NumPy and PyTorch): the same formulas typed as a student would type them.
 */
class RuleProgramReferenceTest {

    private static RuleProgram read(String optimizer, String form, String rules) {
        OptimizerRuleCheck check = (OptimizerRuleCheck) OptimizerRuleGraderTest.variant(optimizer, form)
                .parts()
                .getFirst()
                .check();
        return switch (RuleReader.read(check, rules)) {
            case Reading.Readable<RuleProgram> r -> r.value();
            case Reading.Unreadable<RuleProgram> u ->
                throw new AssertionError(u.messages().toString());
        };
    }

    private static double[][] run(
            RuleProgram p, Landscape f, double[] start, Map<String, Double> constants, int steps) {
        return p.run(f, start, constants, steps, Set.of("x")).values().get("x");
    }

    /** Same formulas in the same order as the NumPy code: agreement to rounding, 1e-12 relative. */
    private static final Tolerance SAME_ORDER = new Tolerance(1e-12, 1e-14);

    @Test
    void ema_momentum_reproduces_the_double_well_escape_run() {
        JsonNode out = ReferenceData.outputs("s003-local-min-escape");
        double[] expected = ReferenceData.vector(out.get("momentum_trajectory"));
        double[][] x = run(
                read("momentum", "ema", "v = beta*v + (1-beta)*g\nx = x - lr*v"),
                Landscapes.DOUBLE_WELL,
                new double[] {-3},
                Map.of("lr", 0.1, "beta", 0.9),
                20);
        for (int k = 1; k <= 20; k++) {
            assertThat(SAME_ORDER.accepts(x[k - 1][0], expected[k]))
                    .as("step " + k)
                    .isTrue();
        }
    }

    @Test
    void velocity_momentum_reproduces_the_momentum_versus_gd_path() {
        double[][] path = ReferenceData.matrix(
                ReferenceData.outputs("s000-momentum-vs-gd").get("momentum").get("path"));
        double[][] x = run(
                read("momentum", "velocity", "v = beta*v - lr*g\nx = x + v"),
                Landscapes.RAVINE,
                new double[] {3, 2},
                Map.of("lr", 0.04, "beta", 0.85),
                80);
        for (int k = 1; k <= 80; k++) {
            for (int i = 0; i < 2; i++) {
                assertThat(SAME_ORDER.accepts(x[k - 1][i], path[k][i]))
                        .as("step " + k + ", x" + (i + 1))
                        .isTrue();
            }
        }
    }

    @Test
    void heavy_ball_and_adam_reproduce_the_rosenbrock_shootout_positions() {
        JsonNode results = ReferenceData.outputs("s003-rosenbrock-shootout").get("results");
        double[][] heavy = run(
                read("momentum", "heavy-ball", "v = beta*v + g\nx = x - lr*v"),
                Landscapes.ROSENBROCK,
                new double[] {-2, 2},
                Map.of("lr", 0.001, "beta", 0.9),
                100);
        double[][] adam = run(
                read("adam", "velocity", OptimizerRuleGraderTest.ADAM),
                Landscapes.ROSENBROCK,
                new double[] {-2, 2},
                Map.of("lr", 0.01, "beta1", 0.9, "beta2", 0.999, "eps", 1e-8),
                100);
        // Rosenbrock amplifies rounding differences over a run (the reference's gradient is evaluated by a
        // differently ordered formula, and Adam is typed as m̂/(√v̂ + ε) rather than torch's fused form), so
        // positions over 100 updates are compared at 1e-9 relative.
        Tolerance amplified = new Tolerance(1e-9, 1e-12);
        for (String step : new String[] {"1", "2", "3", "5", "10", "100"}) {
            int k = Integer.parseInt(step);
            double[] h = ReferenceData.vector(
                    results.get("Momentum").get("positions_at_steps").get(step));
            double[] a = ReferenceData.vector(
                    results.get("Adam").get("positions_at_steps").get(step));
            for (int i = 0; i < 2; i++) {
                assertThat(amplified.accepts(heavy[k - 1][i], h[i]))
                        .as("momentum step " + k)
                        .isTrue();
                assertThat(amplified.accepts(adam[k - 1][i], a[i]))
                        .as("adam step " + k)
                        .isTrue();
            }
        }
    }

    @Test
    void adam_reproduces_the_torch_run_on_rosenbrock_every_250_updates() {
        JsonNode path = ReferenceData.outputs("s000-rosenbrock-adam-torch").get("path_every_250_steps");
        double[][] x = run(
                read("adam", "velocity", OptimizerRuleGraderTest.ADAM),
                Landscapes.ROSENBROCK,
                new double[] {-0.5, 0.5},
                Map.of("lr", 0.01, "beta1", 0.9, "beta2", 0.999, "eps", 1e-8),
                1000);
        // 1000 updates in a different (but equivalent) order of operations from torch's: 1e-7 relative.
        Tolerance longRun = new Tolerance(1e-7, 1e-10);
        for (int k = 250; k <= 1000; k += 250) {
            double[] expected = ReferenceData.vector(path.get(Integer.toString(k)));
            for (int i = 0; i < 2; i++) {
                assertThat(longRun.accepts(x[k - 1][i], expected[i]))
                        .as("step %d: %s vs %s", k, x[k - 1][i], expected[i])
                        .isTrue();
            }
        }
    }
}
