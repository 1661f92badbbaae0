package org.gradientlab.ui.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.landscape.PlotWindow;

/**
 * A ready-made function for the playground, taken from the engine's landscape catalogue and written in x and y:
 * the two-variable landscapes as they are, and the one-variable double wells lifted to f(x) + y² (same minimisers
 * in x, at y = 0, same minimum value). Each has a plot window, a start point that shows it well, its known
 * minimisers and f*.
 */
record Preset(
        String id,
        String formula,
        Window window,
        double startX,
        double startY,
        List<double[]> minimisers,
        OptionalDouble minimumValue) {

    static final Preset ROSENBROCK = twoVariables(Landscapes.ROSENBROCK, -2, 2);

    /** Every preset, in the catalogue's order. */
    static final List<Preset> ALL = List.of(
            twoVariables(Landscapes.BOWL, -2, 3),
            twoVariables(Landscapes.RAVINE, 3, 2),
            twoVariables(Landscapes.STRETCHED_BOWL, 2, 3),
            twoVariables(Landscapes.ELLIPTIC_BOWL, 10, 1),
            ROSENBROCK,
            lifted(Landscapes.DOUBLE_WELL, 4, 4.5, 0.5),
            lifted(Landscapes.STEEP_DOUBLE_WELL, 2, 1.9, 1));

    Preset {
        minimisers = List.copyOf(minimisers);
    }

    /** The preset whose function is this expression (read in x and y), if any. */
    static Optional<Preset> matching(Expression expression) {
        return ALL.stream().filter(p -> p.expression().equals(expression)).findFirst();
    }

    static Optional<Preset> byId(String id) {
        return ALL.stream().filter(p -> p.id.equals(id)).findFirst();
    }

    /** The formula read in x and y. */
    Expression expression() {
        return Expression.parse(formula, Surface.VARIABLES);
    }

    private static Preset twoVariables(Landscape landscape, double startX, double startY) {
        PlotWindow w = landscape.window();
        return new Preset(
                landscape.id(),
                inXY(landscape.formula()),
                new Window(w.xMin(), w.xMax(), w.yMin(), w.yMax()),
                startX,
                startY,
                landscape.minimisers(),
                landscape.minimumValue());
    }

    /** g(x) + y²: the 1-D window's x range, y in ±halfHeight. */
    private static Preset lifted(Landscape landscape, double halfHeight, double startX, double startY) {
        PlotWindow w = landscape.window();
        List<double[]> minimisers = new ArrayList<>();
        for (double[] m : landscape.minimisers()) {
            minimisers.add(new double[] {m[0], 0});
        }
        return new Preset(
                landscape.id(),
                landscape.formula() + " + y^2",
                new Window(w.xMin(), w.xMax(), -halfHeight, halfHeight),
                startX,
                startY,
                minimisers,
                landscape.minimumValue());
    }

    /** The catalogue writes some landscapes in x1, x2; the playground's variables are x, y. */
    private static String inXY(String formula) {
        String text = formula.replace("x1", "x").replace("x2", "y");
        if (!(Expression.tryParse(text, Surface.VARIABLES) instanceof ParseResult.Success)) {
            throw new IllegalStateException("landscape formula does not read in x, y: " + formula);
        }
        return text;
    }
}
