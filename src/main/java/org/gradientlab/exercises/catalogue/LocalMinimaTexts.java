package org.gradientlab.exercises.catalogue;

import java.util.List;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.engine.landscape.CriticalPoint;
import org.gradientlab.engine.landscape.Landscapes;

/** The explanation, hints and worked solution of the local-minima exercise, in Markdown with LaTeX. */
final class LocalMinimaTexts {

    private LocalMinimaTexts() {}

    static String latex(WellRuns runs) {
        return Formulas.latex(runs.well().formula(), runs.well().variables());
    }

    private static String slope(WellRuns runs, double x) {
        double[] g = new double[1];
        runs.well().valueAndGradient(new double[] {x}, g);
        return NumberText.plain(g[0], 4);
    }

    static String explanation(WellRuns runs) {
        String misnamed = runs.well() == Landscapes.DOUBLE_WELL
                ? "Some course notes say this function has a local minimum at $x = -2$ and its global minimum at "
                        + "$x = 2$. Neither is even a stationary point: $f'(-2) = " + slope(runs, -2) + "$ and "
                        + "$f'(2) = " + slope(runs, 2) + "$. Find the true ones.\n\n"
                : "";
        return """
                A **double well** has two valleys separated by a hill. Its stationary points solve $f'(x) = 0$; \
                one with $f'' > 0$ is a minimum, one with $f'' < 0$ a maximum. Of the two minima, the **global** \
                one is the lower; the other is only **local**.

                %sGradient descent goes downhill from where it starts and stops in the bottom of that basin: the \
                basin, not the depth, decides where it ends. **Momentum** keeps a running velocity and can roll \
                over a hill when it has built up enough speed, but it need not. This page uses the course's \
                exponential-average form of momentum,

                $$v \\leftarrow \\beta v + (1 - \\beta)\\,\\nabla f(x), \\qquad x \\leftarrow x - \\alpha v,$$

                starting from $v = 0$; it is heavy-ball momentum with the learning rate $\\alpha(1 - \\beta)$.

                Here $f(x) = %s$; both runs start at $x_0 = %s$ with $\\alpha = %s$, and momentum uses \
                $\\beta = %s$.
                """.formatted(
                        misnamed,
                        latex(runs),
                        NumberText.plain(runs.x0()),
                        NumberText.plain(runs.alpha()),
                        NumberText.plain(runs.beta()));
    }

    static List<String> hints(WellRuns runs) {
        return List.of(
                "Differentiate: $f'(x) = "
                        + Expression.parse(runs.well().formula(), Variables.of("x"))
                                .derivative("x")
                                .toLatex() + "$, a cubic with three real roots; find them numerically "
                        + "(Newton's method, or zoom in on the chart).",
                "Compare $f$ at the two minima: the lower one is global.",
                "The path on the chart shows the runs step by step; momentum's path overshoots and turns back.");
    }

    static String solution(WellRuns runs) {
        StringBuilder points = new StringBuilder("| stationary point | $x$ | $f(x)$ |\n|---|---|---|\n");
        for (CriticalPoint p : runs.well().criticalPoints()) {
            points.append("| ")
                    .append(kind(p.kind()))
                    .append(" | ")
                    .append(NumberText.plain(p.point()[0], 4))
                    .append(" | ")
                    .append(NumberText.plain(p.value(), 4))
                    .append(" |\n");
        }
        return """
                %s
                After %d updates from $x_0 = %s$, gradient descent is at $x \\approx %s$ and momentum at \
                $x \\approx %s$. Continued for %d updates, momentum settles in the %s minimum at $x \\approx %s$.
                """.formatted(
                        points,
                        runs.steps(),
                        NumberText.plain(runs.x0()),
                        NumberText.plain(runs.gd().finalPoint()[0], 4),
                        NumberText.plain(runs.momentum().finalPoint()[0], 4),
                        WellRuns.LONG,
                        runs.settlesGlobally() ? "global" : "local",
                        NumberText.plain(runs.settled().finalPoint()[0], 4));
    }

    private static String kind(CriticalPoint.Kind kind) {
        return switch (kind) {
            case GLOBAL_MINIMUM -> "global minimum";
            case LOCAL_MINIMUM -> "local minimum";
            case LOCAL_MAXIMUM -> "local maximum";
            case SADDLE_POINT -> "saddle point";
        };
    }
}
