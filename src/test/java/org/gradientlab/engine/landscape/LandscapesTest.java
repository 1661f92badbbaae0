package org.gradientlab.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The catalogue: lookup, and closed-form derivatives checked against central differences. */
class LandscapesTest {

    /** Seed of the random evaluation points, so the test is deterministic. */
    private static final long SEED = 20240601L;

    @Test
    void every_landscape_is_found_by_its_kebab_case_id_and_ids_are_unique() {
        Set<String> ids = new HashSet<>();
        for (Landscape landscape : Landscapes.all()) {
            assertThat(landscape.id()).matches("[a-z]+(-[a-z0-9]+)*");
            assertThat(ids.add(landscape.id()))
                    .as("unique id " + landscape.id())
                    .isTrue();
            assertThat(Landscapes.byId(landscape.id())).containsSame(landscape);
        }
        assertThat(ids).contains("bowl", "rosenbrock");
        assertThat(Landscapes.all()).hasSize(8);
        assertThat(Landscapes.byId("no-such-landscape")).isEmpty();
    }

    @Test
    void dimension_matches_the_variables_and_the_formula_names_them() {
        for (Landscape landscape : Landscapes.all()) {
            assertThat(landscape.dimension()).isEqualTo(landscape.variables().size());
            for (String variable : landscape.variables()) {
                assertThat(landscape.formula()).as(landscape.id()).contains(variable);
            }
        }
    }

    @TestFactory
    List<DynamicTest> gradient_matches_central_difference() {
        return Landscapes.all().stream()
                .map(landscape -> DynamicTest.dynamicTest(landscape.id(), () -> {
                    SplittableRandom random = new SplittableRandom(SEED);
                    int n = landscape.dimension();
                    for (int trial = 0; trial < 50; trial++) {
                        double[] x = randomPoint(landscape, random);
                        double[] gradient = new double[n];
                        double f = landscape.valueAndGradient(x, gradient);
                        assertThat(f).isEqualTo(landscape.value(x));
                        for (int i = 0; i < n; i++) {
                            double estimate = centralDifference(landscape, x, i);
                            // Central differences with h = 1e-5 err by about h²·f''' (≤ 1e-7 here) plus ε·|f|/h
                            // (≤ 1e-8 for |f| ≤ 1e3): 1e-6 relative to the gradient plus 1e-5 absolute.
                            assertThat(gradient[i])
                                    .as("%s ∂f/∂x%d at %s", landscape.id(), i, java.util.Arrays.toString(x))
                                    .isCloseTo(estimate, within(1e-6 * Math.abs(estimate) + 1e-5));
                        }
                    }
                }))
                .toList();
    }

    @TestFactory
    List<DynamicTest> hessian_matches_central_difference_of_the_gradient() {
        return Landscapes.all().stream()
                .map(landscape -> DynamicTest.dynamicTest(landscape.id(), () -> {
                    SplittableRandom random = new SplittableRandom(SEED + 1);
                    int n = landscape.dimension();
                    for (int trial = 0; trial < 50; trial++) {
                        double[] x = randomPoint(landscape, random);
                        double[][] hessian = new double[n][n];
                        landscape.hessian(x, hessian);
                        for (int i = 0; i < n; i++) {
                            double[] column = gradientDifference(landscape, x, i);
                            for (int j = 0; j < n; j++) {
                                assertThat(hessian[i][j])
                                        .as("%s H[%d][%d]", landscape.id(), i, j)
                                        .isCloseTo(column[j], within(1e-6 * Math.abs(column[j]) + 1e-4));
                                assertThat(hessian[i][j]).isEqualTo(hessian[j][i]);
                            }
                        }
                    }
                }))
                .toList();
    }

    @Test
    void every_critical_point_has_zero_gradient_and_lies_in_the_plot_window() {
        for (Landscape landscape : Landscapes.all()) {
            PlotWindow window = landscape.window();
            for (CriticalPoint point : landscape.criticalPoints()) {
                double[] gradient = new double[landscape.dimension()];
                double f = landscape.valueAndGradient(point.point(), gradient);
                for (double g : gradient) {
                    // Round-off in evaluating the gradient at |x| ≤ 4: terms up to ~30, so ~1e-14.
                    assertThat(g).as(landscape.id()).isCloseTo(0, within(1e-13));
                }
                assertThat(f).isEqualTo(point.value());
                assertThat(point.point()[0]).isBetween(window.xMin(), window.xMax());
                if (landscape.dimension() == 2) {
                    assertThat(point.point()[1]).isBetween(window.yMin(), window.yMax());
                } else {
                    assertThat(point.value()).isBetween(window.yMin(), window.yMax());
                }
            }
        }
    }

    @Test
    void quadratics_and_rosenbrock_have_a_single_global_minimum_of_zero() {
        record Expected(Landscape landscape, double[] minimiser) {}
        List<Expected> cases = List.of(
                new Expected(Landscapes.BOWL, new double[] {2, -1}),
                new Expected(Landscapes.RAVINE, new double[] {0, 0}),
                new Expected(Landscapes.STRETCHED_BOWL, new double[] {0, 0}),
                new Expected(Landscapes.ELLIPTIC_BOWL, new double[] {0, 0}),
                new Expected(Landscapes.ROSENBROCK, new double[] {1, 1}));
        for (Expected c : cases) {
            assertThat(c.landscape().minimumValue()).hasValue(0);
            assertThat(c.landscape().globalMinimiser().orElseThrow()).containsExactly(c.minimiser());
            assertThat(c.landscape().minimisers()).hasSize(1);
            assertThat(c.landscape().value(c.minimiser())).isZero();
        }
    }

    @Test
    void quadratic_hessians_have_the_eigenvalues_the_exercises_state() {
        assertThat(diagonal(Landscapes.RAVINE)).containsExactly(2, 20);
        assertThat(diagonal(Landscapes.STRETCHED_BOWL)).containsExactly(6, 1);
        assertThat(diagonal(Landscapes.ELLIPTIC_BOWL)).containsExactly(1, 10);
        assertThat(diagonal(Landscapes.BOWL)).containsExactly(2, 2);
    }

    private static double[] diagonal(Landscape landscape) {
        double[][] h = new double[2][2];
        landscape.hessian(new double[] {0.3, -0.7}, h);
        assertThat(h[0][1]).isZero();
        return new double[] {h[0][0], h[1][1]};
    }

    private static double[] randomPoint(Landscape landscape, SplittableRandom random) {
        PlotWindow w = landscape.window();
        double[] x = new double[landscape.dimension()];
        x[0] = w.xMin() + random.nextDouble() * (w.xMax() - w.xMin());
        if (x.length == 2) {
            x[1] = w.yMin() + random.nextDouble() * (w.yMax() - w.yMin());
        }
        return x;
    }

    private static double centralDifference(Landscape landscape, double[] x, int i) {
        double h = 1e-5;
        double[] plus = x.clone();
        double[] minus = x.clone();
        plus[i] += h;
        minus[i] -= h;
        return (landscape.value(plus) - landscape.value(minus)) / (2 * h);
    }

    private static double[] gradientDifference(Landscape landscape, double[] x, int i) {
        double h = 1e-5;
        double[] plus = x.clone();
        double[] minus = x.clone();
        plus[i] += h;
        minus[i] -= h;
        double[] gPlus = new double[x.length];
        double[] gMinus = new double[x.length];
        landscape.valueAndGradient(plus, gPlus);
        landscape.valueAndGradient(minus, gMinus);
        double[] column = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            column[j] = (gPlus[j] - gMinus[j]) / (2 * h);
        }
        return column;
    }
}
