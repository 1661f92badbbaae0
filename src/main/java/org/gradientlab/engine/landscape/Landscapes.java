package org.gradientlab.engine.landscape;

import java.util.List;
import java.util.Optional;

/** The catalogue of landscapes, looked up by id. */
public final class Landscapes {

    /** (x1 − 2)² + (x2 + 1)²: minimum 0 at (2, −1); Hessian eigenvalues 2, 2. */
    public static final Landscape BOWL = new QuadraticLandscape(
            "bowl",
            "Bowl",
            "(x1-2)^2 + (x2+1)^2",
            List.of("x1", "x2"),
            new double[] {1, 1},
            new double[] {2, -1},
            new PlotWindow(-3, 5, -4, 4));

    /** x1² + 10x2²: the learning-rate race's ravine; Hessian eigenvalues 2, 20, so GD diverges for α > 0.1. */
    public static final Landscape RAVINE = new QuadraticLandscape(
            "ravine",
            "Ravine",
            "x1^2 + 10*x2^2",
            List.of("x1", "x2"),
            new double[] {1, 10},
            new double[] {0, 0},
            new PlotWindow(-4, 4, -3, 3));

    /** 3x1² + 0.5x2²: Hessian eigenvalues 6, 1, so GD diverges for α > 1/3. */
    public static final Landscape STRETCHED_BOWL = new QuadraticLandscape(
            "stretched-bowl",
            "Stretched bowl",
            "3*x1^2 + 0.5*x2^2",
            List.of("x1", "x2"),
            new double[] {3, 0.5},
            new double[] {0, 0},
            new PlotWindow(-3, 3, -4, 4));

    /** 0.5x² + 5y²: Hessian eigenvalues 1, 10 (the GD-versus-Adam comparison). */
    public static final Landscape ELLIPTIC_BOWL = new QuadraticLandscape(
            "elliptic-bowl",
            "Elliptic bowl",
            "0.5x^2 + 5y^2",
            List.of("x", "y"),
            new double[] {0.5, 5},
            new double[] {0, 0},
            new PlotWindow(-12, 12, -4, 4));

    /** (1 − x)² + 100(y − x²)²: minimum 0 at (1, 1). */
    public static final Landscape ROSENBROCK = new RosenbrockLandscape();

    /**
     * 0.1x⁴ − 3x² + x: global minimum near x ≈ −3.954, local maximum near 0.167, local minimum near
     * 3.787.
     */
    public static final Landscape DOUBLE_WELL = new PolynomialLandscape(
            "double-well",
            "Double well",
            "0.1x^4 - 3x^2 + x",
            new double[] {0, 1, -3, 0, 0.1},
            new double[] {-4, 0.2, 3.8},
            new PlotWindow(-6, 6, -30, 30));

    /** x⁴ − 4x² + 2x: global minimum near x ≈ −1.526, local maximum near 0.259, local minimum near 1.267. */
    public static final Landscape STEEP_DOUBLE_WELL = new PolynomialLandscape(
            "steep-double-well",
            "Steep double well",
            "x^4 - 4x^2 + 2x",
            new double[] {0, 2, -4, 0, 1},
            new double[] {-1.5, 0.25, 1.25},
            new PlotWindow(-2.2, 2.2, -8, 10));

    /** x³ − 2x + 1: local maximum at −√(2/3), local minimum at √(2/3), unbounded below (no f*). */
    public static final Landscape CUBIC = new PolynomialLandscape(
            "cubic",
            "Cubic",
            "x^3 - 2x + 1",
            new double[] {1, -2, 0, 1},
            new double[] {-0.8, 0.8},
            new PlotWindow(-2.5, 2.5, -10, 12));

    private static final List<Landscape> ALL =
            List.of(BOWL, RAVINE, STRETCHED_BOWL, ELLIPTIC_BOWL, ROSENBROCK, DOUBLE_WELL, STEEP_DOUBLE_WELL, CUBIC);

    private Landscapes() {}

    /** Every catalogue landscape, in catalogue order. */
    public static List<Landscape> all() {
        return ALL;
    }

    /** The landscape with this id, if there is one. */
    public static Optional<Landscape> byId(String id) {
        for (Landscape landscape : ALL) {
            if (landscape.id().equals(id)) {
                return Optional.of(landscape);
            }
        }
        return Optional.empty();
    }
}
