package org.gradientlab.engine.constrained;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Lagrange multipliers with L = f + λ·g: the course example, hand-solved problems and KKT properties. */
class LagrangeMultipliersTest {

    private static LagrangeResult.Solution solved(EqualityConstrainedQuadratic problem) {
        LagrangeResult result = LagrangeMultipliers.solve(problem);
        assertThat(result).isInstanceOf(LagrangeResult.Solution.class);
        return (LagrangeResult.Solution) result;
    }

    private static ConstrainedMessage failure(EqualityConstrainedQuadratic problem) {
        LagrangeResult result = LagrangeMultipliers.solve(problem);
        assertThat(result).isInstanceOf(LagrangeResult.Failure.class);
        return ((LagrangeResult.Failure) result).key();
    }

    /** min x² + y² s.t. x + y − 1 = 0. */
    private static final EqualityConstrainedQuadratic COURSE = new EqualityConstrainedQuadratic(
            new double[][] {{2, 0}, {0, 2}}, new double[] {0, 0}, 0, new double[][] {{1, 1}}, new double[] {1});

    @Test
    void course_example_matches_scipy_and_the_analytic_multiplier() {
        JsonNode out = ReferenceData.outputs("s004-lagrange-scipy");

        LagrangeResult.Solution s = solved(COURSE);

        // SciPy's SLSQP used finite-difference gradients: compare at 1e-8, as the reference README says.
        double[] scipyX = ReferenceData.vector(out.get("scipy_x"));
        assertThat(s.x()[0]).isCloseTo(scipyX[0], within(1e-8));
        assertThat(s.x()[1]).isCloseTo(scipyX[1], within(1e-8));
        assertThat(s.value()).isCloseTo(out.get("scipy_fun").asDouble(), within(1e-8));
        // The analytic values are exact in binary; elimination on this 3 × 3 system leaves at most round-off.
        assertThat(s.lambda()[0]).isCloseTo(out.get("lambda_analytical").asDouble(), within(1e-14));
        assertThat(s.x()).containsExactly(ReferenceData.vector(out.get("x_analytical")), within(1e-14));
        assertThat(s.gradientF()).containsExactly(ReferenceData.vector(out.get("grad_f_at_opt")), within(1e-14));
        assertThat(s.constraintGradients()[0]).containsExactly(ReferenceData.vector(out.get("grad_g")));
        assertThat(s.kind()).isEqualTo(StationaryPointKind.MINIMUM);
    }

    @Test
    void gradients_at_the_optimum_are_parallel_with_factor_minus_lambda() {
        LagrangeResult.Solution s = solved(COURSE);
        JsonNode out = ReferenceData.outputs("s004-lagrange-scipy");
        double[] gradF = s.gradientF();
        double[] gradG = s.constraintGradients()[0];

        for (int j = 0; j < 2; j++) {
            assertThat(gradF[j]).isCloseTo(-s.lambda()[0] * gradG[j], within(1e-14));
        }
        assertThat(s.lagrangianGradient()).containsExactly(new double[] {0, 0}, within(1e-14));
        // The course draws both as arrows of length 0.3 along the unit gradients.
        double norm = Math.hypot(gradF[0], gradF[1]);
        assertThat(new double[] {0.3 * gradF[0] / norm, 0.3 * gradF[1] / norm})
                .containsExactly(ReferenceData.vector(out.get("grad_f_norm_arrow")), within(1e-15));
    }

    @Test
    void hand_solved_problems_are_reproduced() {
        // min x² + 2y² s.t. x + y = 3: 2x + λ = 0, 4y + λ = 0 → x = 2, y = 1, λ = −4, f = 6.
        LagrangeResult.Solution a = solved(new EqualityConstrainedQuadratic(
                new double[][] {{2, 0}, {0, 4}}, new double[] {0, 0}, 0, new double[][] {{1, 1}}, new double[] {3}));
        assertThat(a.x()).containsExactly(new double[] {2, 1}, within(1e-14));
        assertThat(a.lambda()).containsExactly(new double[] {-4}, within(1e-13));
        assertThat(a.value()).isCloseTo(6, within(1e-13));

        // min x² + y² + z² s.t. x + y + z = 1, x − y = 0 → (⅓, ⅓, ⅓), λ = (−⅔, 0), f = ⅓.
        LagrangeResult.Solution b = solved(new EqualityConstrainedQuadratic(
                new double[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}},
                new double[] {0, 0, 0},
                0,
                new double[][] {{1, 1, 1}, {1, -1, 0}},
                new double[] {1, 0}));
        assertThat(b.x()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-14));
        assertThat(b.lambda()).containsExactly(new double[] {-2.0 / 3, 0}, within(1e-14));
        assertThat(b.value()).isCloseTo(1.0 / 3, within(1e-14));

        // (x − 1)² + (y − 2)² = ½xᵀ(2I)x − (2, 4)·x + 5, s.t. y = 0 → (1, 0), λ = 4, f = 4.
        LagrangeResult.Solution c = solved(new EqualityConstrainedQuadratic(
                new double[][] {{2, 0}, {0, 2}}, new double[] {-2, -4}, 5, new double[][] {{0, 1}}, new double[] {0}));
        assertThat(c.x()).containsExactly(new double[] {1, 0}, within(1e-14));
        assertThat(c.lambda()).containsExactly(new double[] {4}, within(1e-14));
        assertThat(c.value()).isCloseTo(4, within(1e-14));
    }

    @Test
    void stationary_points_are_classified_on_the_constraint_set() {
        // −x² − y² on x + y = 1: the constrained maximum.
        assertThat(solved(new EqualityConstrainedQuadratic(
                                new double[][] {{-2, 0}, {0, -2}},
                                new double[] {0, 0},
                                0,
                                new double[][] {{1, 1}},
                                new double[] {1}))
                        .kind())
                .isEqualTo(StationaryPointKind.MAXIMUM);
        // x² − y² is a saddle in the plane, but on x = 2y it is 3y²: a minimum.
        assertThat(solved(new EqualityConstrainedQuadratic(
                                new double[][] {{2, 0}, {0, -2}},
                                new double[] {0, 0},
                                0,
                                new double[][] {{1, -2}},
                                new double[] {0}))
                        .kind())
                .isEqualTo(StationaryPointKind.MINIMUM);
        // x² + y² − z² on x + y + z = 1 keeps both signs.
        assertThat(solved(new EqualityConstrainedQuadratic(
                                new double[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, -2}},
                                new double[] {0, 0, 0},
                                0,
                                new double[][] {{1, 1, 1}},
                                new double[] {1}))
                        .kind())
                .isEqualTo(StationaryPointKind.SADDLE);
        // Two independent constraints in two variables leave one point.
        LagrangeResult.Solution pinned = solved(new EqualityConstrainedQuadratic(
                new double[][] {{2, 0}, {0, 2}},
                new double[] {0, 0},
                0,
                new double[][] {{1, 1}, {1, -1}},
                new double[] {1, 0}));
        assertThat(pinned.kind()).isEqualTo(StationaryPointKind.ONLY_FEASIBLE_POINT);
        assertThat(pinned.x()).containsExactly(new double[] {0.5, 0.5}, within(1e-15));
    }

    @Test
    void problems_without_a_unique_stationary_point_are_explained() {
        double[][] identity2 = {{2, 0}, {0, 2}};
        // x² − y² on x + y = 1 is 1 − 2y: unbounded along the line.
        assertThat(failure(new EqualityConstrainedQuadratic(
                        new double[][] {{2, 0}, {0, -2}},
                        new double[] {0, 0},
                        0,
                        new double[][] {{1, 1}},
                        new double[] {1})))
                .isEqualTo(ConstrainedMessage.NO_UNIQUE_STATIONARY_POINT);
        assertThat(failure(new EqualityConstrainedQuadratic(
                        identity2, new double[] {0, 0}, 0, new double[][] {{1, 1}, {2, 2}}, new double[] {1, 3})))
                .isEqualTo(ConstrainedMessage.INCONSISTENT_CONSTRAINTS);
        assertThat(failure(new EqualityConstrainedQuadratic(
                        identity2, new double[] {0, 0}, 0, new double[][] {{1, 1}, {2, 2}}, new double[] {1, 2})))
                .isEqualTo(ConstrainedMessage.REDUNDANT_CONSTRAINTS);
        assertThat(failure(new EqualityConstrainedQuadratic(
                        identity2, new double[] {0, 0}, 0, new double[][] {{1, 1, 1}}, new double[] {1})))
                .isEqualTo(ConstrainedMessage.SHAPE_MISMATCH);
        assertThat(failure(new EqualityConstrainedQuadratic(
                        identity2, new double[] {Double.NaN, 0}, 0, new double[][] {{1, 1}}, new double[] {1})))
                .isEqualTo(ConstrainedMessage.NOT_FINITE);
        assertThat(failure(new EqualityConstrainedQuadratic(
                        new double[0][], new double[0], 0, new double[0][], new double[0])))
                .isEqualTo(ConstrainedMessage.EMPTY_PROBLEM);
    }

    @Test
    void random_convex_problems_satisfy_the_kkt_conditions_and_beat_feasible_neighbours() {
        SplittableRandom random = new SplittableRandom(20240501L);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(4);
            int m = random.nextInt(n);
            // Q = MᵀM + I is symmetric positive definite, so the stationary point is the minimum.
            double[][] mm = randomMatrix(random, n, n);
            double[][] q = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    for (int k = 0; k < n; k++) {
                        q[i][j] += mm[k][i] * mm[k][j];
                    }
                }
                q[i][i] += 1;
            }
            double[][] a = randomMatrix(random, m, n);
            double[] b = randomMatrix(random, 1, m)[0];
            double[] c = randomMatrix(random, 1, n)[0];
            EqualityConstrainedQuadratic problem = new EqualityConstrainedQuadratic(q, c, 0, a, b);

            LagrangeResult.Solution s = solved(problem);

            // Entries are O(1) and the systems small: residuals are round-off, far below 1e-9.
            assertThat(problem.constraintValues(s.x())).containsExactly(new double[m], within(1e-9));
            assertThat(s.lagrangianGradient()).containsExactly(new double[n], within(1e-9));
            assertThat(s.kind()).isEqualTo(StationaryPointKind.MINIMUM);
            double[] feasibleStep = feasibleDirection(random, a, n);
            double[] neighbour = s.x();
            for (int j = 0; j < n; j++) {
                neighbour[j] += 0.1 * feasibleStep[j];
            }
            assertThat(problem.value(neighbour)).isGreaterThan(s.value());
        }
    }

    /** A random direction d with A·d = 0: project a random vector off the rows of A (Gram–Schmidt). */
    private static double[] feasibleDirection(SplittableRandom random, double[][] a, int n) {
        double[][] basis = new double[a.length][];
        for (int r = 0; r < a.length; r++) {
            double[] v = a[r].clone();
            for (int p = 0; p < r; p++) {
                double dot = 0;
                for (int j = 0; j < n; j++) {
                    dot += v[j] * basis[p][j];
                }
                for (int j = 0; j < n; j++) {
                    v[j] -= dot * basis[p][j];
                }
            }
            double norm = 0;
            for (double x : v) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < n; j++) {
                v[j] /= norm;
            }
            basis[r] = v;
        }
        double[] d = randomMatrix(random, 1, n)[0];
        for (double[] e : basis) {
            double dot = 0;
            for (int j = 0; j < n; j++) {
                dot += d[j] * e[j];
            }
            for (int j = 0; j < n; j++) {
                d[j] -= dot * e[j];
            }
        }
        return d;
    }

    private static double[][] randomMatrix(SplittableRandom random, int rows, int columns) {
        double[][] out = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                out[i][j] = random.nextDouble(-1, 1);
            }
        }
        return out;
    }
}
