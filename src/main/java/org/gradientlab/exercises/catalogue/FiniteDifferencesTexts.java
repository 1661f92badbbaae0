package org.gradientlab.exercises.catalogue;

import java.util.List;

/** The explanation, hints and worked solution of the finite-differences exercise, in Markdown with LaTeX. */
final class FiniteDifferencesTexts {

    /** The steps of the course material's table. */
    private static final double[] TABLE_STEPS = {1, 0.1, 0.01, 1e-4, 1e-7, 1e-12};

    private FiniteDifferencesTexts() {}

    static String explanation(DifferenceCase c) {
        return """
                The derivative is the limit of a difference quotient as $h \\to 0$; a computer can only try small \
                but finite $h$. Taylor's theorem says how far the quotients are from $f'(x_0)$:

                $$\\frac{f(x_0 + h) - f(x_0)}{h} = f'(x_0) + \\frac{h}{2} f''(x_0) + \\dots \\qquad \
                \\frac{f(x_0 + h) - f(x_0 - h)}{2h} = f'(x_0) + \\frac{h^2}{6} f'''(x_0) + \\dots$$

                The **forward** difference has a truncation error proportional to $h$, the **central** difference \
                one proportional to $h^2$, because the even terms cancel.

                Shrinking $h$ is not free. Each value of $f$ carries a rounding error of about $\\varepsilon |f|$ \
                with $\\varepsilon \\approx 2.2 \\times 10^{-16}$, and the quotient divides that by $h$. So the \
                total error of the central difference behaves like \
                $\\frac{h^2}{6}|f'''| + \\frac{\\varepsilon |f|}{h}$: \
                it falls as $h$ shrinks, reaches a minimum, then grows again. The minimum lies near \
                $h \\approx \\sqrt[3]{\\varepsilon} \\approx 6 \\times 10^{-6}$ for a well-scaled $f$ (for the \
                forward difference near $\\sqrt{\\varepsilon} \\approx 1.5 \\times 10^{-8}$). The chart shows the \
                error against $h$ on log–log axes.

                Here $f(x) = %s$ at $x_0 = %s$, with $h = %s$ for the first two parts.
                """.formatted(c.latex(), NumberText.plain(c.x0()), NumberText.plain(c.h()));
    }

    static List<String> hints(DifferenceCase c) {
        return List.of(
                "Evaluate $f$ at $x_0 - h$, $x_0$ and $x_0 + h$ first: $f(x_0) = " + NumberText.plain(c.value()) + "$.",
                "The central difference divides by the distance between its two samples, $2h$.",
                "On the error curve, the left part (large $h$) falls with slope 2 (truncation), the right part "
                        + "(tiny $h$) rises with slope 1 (round-off); the best $h$ is where they meet.");
    }

    static String solution(DifferenceCase c) {
        StringBuilder table = new StringBuilder("| $h$ | forward | central | central error |\n|---|---|---|---|\n");
        for (double h : TABLE_STEPS) {
            DifferenceCase row = DifferenceCase.of(c.formula(), c.x0(), h);
            table.append("| ")
                    .append(NumberText.plain(h))
                    .append(" | ")
                    .append(NumberText.plain(row.forward(), 10))
                    .append(" | ")
                    .append(NumberText.plain(row.central(), 10))
                    .append(" | ")
                    .append(NumberText.plain(Math.abs(row.central() - c.exact()), 3))
                    .append(" |\n");
        }
        return """
                With $h = %s$: forward difference $%s$, backward difference $%s$, central difference $%s$. \
                The exact derivative is $f'(%s) = %s$, so the forward difference is off by $%s$ and the central \
                one by only $%s$.

                The same quotients for other steps:

                %s
                Below some $h$ the central error stops falling and round-off takes over. On the \
                engine's error curve (h = 1 down to 1e-16, eight steps per decade) the smallest central error is \
                at $h \\approx %s$.
                """.formatted(
                        NumberText.plain(c.h()),
                        NumberText.plain(c.forward()),
                        NumberText.plain(c.backward()),
                        NumberText.plain(c.central()),
                        NumberText.plain(c.x0()),
                        NumberText.plain(c.exact()),
                        NumberText.plain(Math.abs(c.forward() - c.exact()), 3),
                        NumberText.plain(Math.abs(c.central() - c.exact()), 3),
                        table,
                        NumberText.latex(Double.parseDouble(NumberText.plain(c.bestStep(), 2))));
    }
}
