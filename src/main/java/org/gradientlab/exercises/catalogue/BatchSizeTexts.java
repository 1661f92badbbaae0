package org.gradientlab.exercises.catalogue;

import java.util.Arrays;
import java.util.List;

/** The prompts, explanation, hints and worked solution of the batch-size exercise. */
record BatchSizeTexts(BatchSizeStudyFacts facts, double[] weights, double sigma) {

    String label(int i) {
        int b = facts.batchSizes().get(i);
        if (i == facts.batchSizes().size() - 1) {
            return "the full batch ($B = " + b + "$)";
        }
        return "$B = " + b + "$" + (b == 1 ? " (plain SGD)" : "");
    }

    String explanation() {
        return """
                The data are $n = %d$ samples $x_i \\in \\mathbb{R}^5$ with standard normal features and targets \
                $y_i = x_i \\cdot w + \\varepsilon_i$, $w = %s$, $\\varepsilon_i \\sim N(0, %s^2)$; the loss is the \
                mean squared error $L(w) = \\frac1n \\sum_i (x_i \\cdot w - y_i)^2$. A **mini-batch** of $B$ samples \
                drawn at random gives the gradient estimate $g_B$, whose average over batches is the full gradient \
                $\\nabla L$. How far one estimate strays is measured by the variance of the gradient **vector**

                $$\\operatorname{Var}(g_B) = E\\,\\lVert g_B - \\nabla L \\rVert^2 = \\frac{S}{B}\\cdot\\frac{n - B}{n - 1},$$

                where $S$ is the scatter of the single-sample gradients: it falls like $1/B$ and is 0 for the full \
                batch. The variance of the **length** $\\lVert g_B \\rVert$, which the course material printed under \
                the name "gradient variance", is a different statistic: it only sees how long the estimate is, not \
                which way it points. Smaller batches \
                make more, noisier updates per epoch; the full batch makes one exact update per epoch.

                The engine measures everything at $w = 0$ over %d random batches per size.
                """.formatted(facts.n(), vector(weights), Figures.of(sigma), BatchSizeStudyFacts.PROBE_BATCHES);
    }

    String noisiestPrompt() {
        return "Which batch size gives the largest variance of the gradient vector?";
    }

    String ratioPrompt() {
        return "By about what factor does the variance of the gradient vector fall when the batch grows from "
                + "$B = 16$ to $B = 64$?";
    }

    String statisticPrompt() {
        return "Compare the engine's two measurements for each batch size. The variance of the gradient's length "
                + "$\\lVert g_B \\rVert$, compared with the variance of the gradient vector, is …";
    }

    String epochsPrompt() {
        return "Full-batch gradient descent with $\\alpha = 0.1$ starts at $w = 0$. After how many epochs is the loss "
                + "first below " + Figures.of(facts.stopLoss(), 3) + "?";
    }

    List<String> hints() {
        return List.of(
                "A batch of one sample is the noisiest estimate; the full batch is exact.",
                "The variance scales like $1/B$: quadrupling $B$ divides it by about 4 (a little more, because the "
                        + "batch is drawn without replacement).",
                "Run the full-batch curve and read off the first epoch whose loss is under the line.");
    }

    String solution() {
        StringBuilder table = new StringBuilder(
                "| batch | variance of $g_B$ (measured) | exact | variance of $\\lVert g_B \\rVert$ |\n|---|---|---|---|\n");
        for (int i = 0; i < facts.batchSizes().size(); i++) {
            table.append("| ")
                    .append(label(i))
                    .append(" | $")
                    .append(Figures.latex(facts.noise().get(i).traceVariance(), 4))
                    .append("$ | $")
                    .append(Figures.latex(facts.exact().get(i), 4))
                    .append("$ | $")
                    .append(Figures.latex(facts.noise().get(i).normVariance(), 4))
                    .append("$ |\n");
        }
        return """
                The engine's measurements at $w = 0$:

                %s
                $B = 1$ is the noisiest. From $B = 16$ to $B = 64$ the exact variance falls by \
                $4\\cdot\\frac{n-16}{n-64} = %s$, and the measured one by %s. In every row the variance of the \
                length is the smaller: $\\big|\\lVert g_B \\rVert - \\lVert \\nabla L \\rVert\\big| \\le \
                \\lVert g_B - \\nabla L \\rVert$, so the spread of the lengths can never exceed the spread of the \
                vectors; it misses every change of direction. Full-batch gradient descent gets below %s after %d \
                epochs.
                """.formatted(
                        table,
                        Figures.of(facts.exactRatio(1, 2), 4),
                        Figures.of(facts.traceRatio(1, 2), 3),
                        Figures.of(facts.stopLoss(), 3),
                        facts.fullEpochs());
    }

    private static String vector(double[] w) {
        return "(" + String.join(", ", Arrays.stream(w).mapToObj(Figures::of).toList()) + ")";
    }
}
