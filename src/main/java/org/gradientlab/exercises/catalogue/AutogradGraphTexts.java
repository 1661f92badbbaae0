package org.gradientlab.exercises.catalogue;

import java.util.List;

/** The explanation, hints and worked solution of the computation-graph exercise, in Markdown with LaTeX. */
final class AutogradGraphTexts {

    private AutogradGraphTexts() {}

    /** e in LaTeX, e.g. {@code \ln(ab + a^2)}. */
    static String function(AutogradGraphExercise.Graph g) {
        return "e = \\ln(ab + " + g.squared() + "^2)";
    }

    private static String n(double v) {
        return NumberText.latex(v);
    }

    static String explanation(AutogradGraphExercise.Graph g) {
        String x = g.squared();
        return """
                Automatic differentiation breaks a formula into a graph of elementary operations. The **forward \
                pass** computes every node's value; the **backward pass** starts with $\\partial e/\\partial e = 1$ \
                at the output and walks the graph in reverse, giving each node the gradient of the output with \
                respect to it. A node $u$ that feeds a node $v$ receives

                $$\\frac{\\partial e}{\\partial u} \\mathrel{+}= \\frac{\\partial e}{\\partial v} \\cdot \
                \\frac{\\partial v}{\\partial u}:$$

                the gradient arriving from above times the local derivative of $v$ with respect to $u$.

                The $+{=}$ matters. When a node is used by several operations (**fan-out**), each use sends back \
                its own contribution and the node's gradient is their **sum**. An implementation that writes \
                $=$ instead keeps only the contribution that happens to arrive last. (PyTorch accumulates in \
                `.grad` for the same reason, which is also why gradients must be zeroed between steps.)

                Here $%s$ at $a = %s$, $b = %s$, computed as

                $$c = a \\cdot b, \\quad s = %s^2, \\quad d = c + s, \\quad e = \\ln d.$$

                The variable $%s$ is used twice: in $c$ and in $s$.
                """.formatted(function(g), n(g.a().value()), n(g.b().value()), x, x);
    }

    static List<String> hints(AutogradGraphExercise.Graph g) {
        String x = g.squared();
        return List.of(
                "Forward first: $c = " + n(g.c().value()) + "$, $s = " + n(g.s().value()) + "$, $d = "
                        + n(g.d().value()) + "$. Then $\\partial e/\\partial d = 1/d$.",
                "An addition passes its gradient on unchanged: $\\partial e/\\partial c = \\partial e/\\partial s "
                        + "= \\partial e/\\partial d$. A product $c = ab$ sends $\\partial e/\\partial c \\cdot b$ to "
                        + "$a$ and $\\partial e/\\partial c \\cdot a$ to $b$.",
                "$" + x + "$ gets two contributions, one through $c$ and one through $s = " + x + "^2$ (local "
                        + "derivative $2" + x + "$): add them.");
    }

    static String solution(AutogradGraphExercise.Graph g) {
        String x = g.squared();
        String y = x.equals("a") ? "b" : "a";
        return """
                Forward: $c = %s$, $s = %s$, $d = %s$, $e = \\ln %s \\approx %s$.

                Backward:

                | node | gradient $\\partial e/\\partial(\\cdot)$ |
                |---|---|
                | $e$ | $1$ |
                | $d$ | $1/d = %s$ |
                | $c$ | $\\partial e/\\partial d \\cdot 1 = %s$ |
                | $s$ | $\\partial e/\\partial d \\cdot 1 = %s$ |
                | $%s$ | $\\underbrace{%s}_{\\text{through } c} + \\underbrace{%s}_{\\text{through } s} = %s$ |
                | $%s$ | $\\partial e/\\partial c \\cdot %s = %s$ |

                Overwriting instead of accumulating would leave $%s$ with $%s$ or $%s$, whichever contribution \
                arrived last.
                """.formatted(
                        n(g.c().value()),
                        n(g.s().value()),
                        n(g.d().value()),
                        n(g.d().value()),
                        NumberText.plain(g.e().value(), 6),
                        n(g.d().grad()),
                        n(g.c().grad()),
                        n(g.s().grad()),
                        x,
                        n(g.throughProduct()),
                        n(g.throughSquare()),
                        n(g.fanOut().grad()),
                        y,
                        x,
                        n(g.single().grad()),
                        x,
                        n(g.throughProduct()),
                        n(g.throughSquare()));
    }
}
