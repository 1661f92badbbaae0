package org.gradientlab.exercises.catalogue;

import java.util.List;
import org.gradientlab.engine.landscape.CriticalPoint;

/** The explanation, hints and worked solution of the convexity exercise, in Markdown with LaTeX. */
final class ConvexityTexts {

    private ConvexityTexts() {}

    static String convex(ConvexityRuns runs) {
        return Formulas.latex(runs.convex(), List.of("x"));
    }

    static String well(ConvexityRuns runs) {
        return Formulas.latex(runs.well().formula(), runs.well().variables());
    }

    static String explanation(ConvexityRuns runs) {
        return """
                A function is **convex** when every chord lies on or above its graph; for a twice-differentiable \
                function of one variable that means $f''(x) \\ge 0$ everywhere. A convex function has no separate \
                valleys: any local minimum is the global one. Gradient descent with a small enough learning rate \
                therefore reaches the same minimum from every start.

                A **non-convex** function such as a double well has several basins. Gradient descent only ever \
                goes downhill, so it ends in the minimum of the basin it starts in, whether or not that minimum is \
                the lowest. Which start leads where is decided by the hill between the basins, not by the depth of \
                the valleys.

                Here gradient descent runs with $\\alpha = %s$ for %d updates from each of the starts $%s$, on the \
                convex $f(x) = %s$ and on the non-convex $g(x) = %s$. The chart shows where every run ends.
                """.formatted(
                NumberText.plain(runs.alpha()),
                ConvexityRuns.BUDGET,
                String.join(", ", runs.starts().stream().map(NumberText::plain).toList()),
                convex(runs),
                well(runs));
    }

    static List<String> hints(ConvexityRuns runs) {
        return List.of(
                "On the convex function there is only one minimum to reach.",
                "On $g$, find the local maximum between the two minima: it separates the basins.",
                "A start left of the hill ends in the left minimum, a start right of it in the right one.");
    }

    static String solution(ConvexityRuns runs) {
        double hill = runs.well().criticalPoints().stream()
                .filter(p -> p.kind() == CriticalPoint.Kind.LOCAL_MAXIMUM)
                .findFirst()
                .orElseThrow()
                .point()[0];
        StringBuilder table = new StringBuilder(
                "| start | end on $f$ | end on $g$ | global minimum of $g$? |\n" + "|---|---|---|---|\n");
        List<Double> global = runs.reachGlobal();
        for (int i = 0; i < runs.starts().size(); i++) {
            table.append("| ")
                    .append(NumberText.plain(runs.starts().get(i)))
                    .append(" | ")
                    .append(NumberText.plain(runs.onConvex().get(i).finalPoint()[0], 4))
                    .append(" | ")
                    .append(NumberText.plain(runs.wellEnd(i), 4))
                    .append(" | ")
                    .append(global.contains(runs.starts().get(i)) ? "yes" : "no")
                    .append(" |\n");
        }
        return """
                %s
                Every run on the convex $f$ ends at $x \\approx %s$. On $g$ the local maximum at \
                $x \\approx %s$ splits the starts: only those in the global minimum's basin reach it.
                """.formatted(table, NumberText.plain(runs.convexMinimum(), 4), NumberText.plain(hill, 4));
    }
}
