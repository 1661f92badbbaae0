package org.gradientlab.exercises.catalogue;

import java.util.List;

/** The prompts, explanation, hints and worked solution of the optimizer comparison. */
record OptimizerComparisonTexts(
        ComparisonTable regression, ComparisonTable rosenbrock, double[] start, int steps, int epochs) {

    String explanation() {
        return """
                Four optimizers race on two problems, with the course material's settings:

                - **SGD**: $x \\leftarrow x - \\alpha g$.
                - **Momentum**: on the regression the EMA form $v \\leftarrow \\beta v + (1-\\beta) g,\\ x \\leftarrow \
                x - \\alpha v$; on Rosenbrock the heavy-ball form $v \\leftarrow \\beta v + g,\\ x \\leftarrow x - \
                \\alpha v$ (PyTorch's `SGD(momentum=β)`). With the same α the EMA form steps $1-\\beta$ times as far.
                - **RMSProp**: $s \\leftarrow \\rho s + (1-\\rho) g^2,\\ x \\leftarrow x - \\alpha g/(\\sqrt s + \
                \\varepsilon)$.
                - **Adam**: bias-corrected moments, $x \\leftarrow x - \\alpha \\hat m/(\\sqrt{\\hat v} + \\varepsilon)$, \
                $\\beta_1 = 0.9$, $\\beta_2 = 0.999$.

                The first problem is the linear regression $y = wx + b$ on 50 points, full batch for %d epochs from \
                $(w, b) = (0.1, 0.5)$; the second is Rosenbrock $f = (1-x)^2 + 100(y - x^2)^2$ for %d steps from \
                $%s$. The engine runs all eight; read the loss curves and the end points, and answer from what the \
                runs show — not from what the optimizers are reputed to do. A claim about a comparison has to follow \
                from its numbers.
                """.formatted(epochs, steps, Figures.point(start));
    }

    String question(String problem, String length, String where) {
        return "On " + problem + ", after " + length + ", which optimizer ends " + where + "?";
    }

    String reachedPrompt() {
        return "On Rosenbrock, after " + steps + " steps, how many of the four optimizers end within "
                + Figures.of(OptimizerComparisonExercise.REACHED) + " of $(1, 1)$?";
    }

    List<String> hints() {
        return List.of(
                "Look at the end of each run, not at how fast it started: the questions are about the last point.",
                "On a log-scale loss plot, a curve that flattens far above the others has stopped making progress.",
                "Adam's steps are of the order of α in every coordinate, however small the gradient: with a fixed α it "
                        + "can hover around a minimum instead of settling into it.");
    }

    String solution() {
        return """
                The engine's runs:

                **Linear regression** (%d epochs; distance from the least-squares line):

                %s
                **Rosenbrock** (%d steps from $%s$; distance from $(1, 1)$):

                %s
                So on the regression %s ends closest and %s farthest; on Rosenbrock %s ends closest and %s farthest, \
                and %d of the four end within %s of the minimum. %s
                """.formatted(
                        epochs,
                        regression.markdown("$(w^*, b^*)$"),
                        steps,
                        Figures.point(start),
                        rosenbrock.markdown("$(1, 1)$"),
                        name(regression.closest()),
                        name(regression.farthest()),
                        name(rosenbrock.closest()),
                        name(rosenbrock.farthest()),
                        rosenbrock.within(OptimizerComparisonExercise.REACHED),
                        Figures.of(OptimizerComparisonExercise.REACHED),
                        lesson());
    }

    /** The lesson the numbers support: only claims that hold in this variant's tables. */
    private String lesson() {
        if (rosenbrock.farthest().id().equals("adam")
                && regression.closest().id().equals("adam")) {
            return "The same optimizer wins one race and loses the other: no optimizer is best everywhere, and "
                    + "\"Adam finds the optimum\" is not what these runs show on Rosenbrock.";
        }
        if (rosenbrock.farthest().id().equals("adam")) {
            return "Adam, often assumed to be the safe choice, ends farthest on Rosenbrock with these settings.";
        }
        return "Which optimizer wins depends on the problem and on the hyperparameters, not on its reputation.";
    }

    private static String name(ComparisonTable.Entry e) {
        return switch (e.id()) {
            case "sgd" -> "SGD";
            case "momentum" -> "momentum";
            case "rmsprop" -> "RMSProp";
            default -> "Adam";
        };
    }
}
