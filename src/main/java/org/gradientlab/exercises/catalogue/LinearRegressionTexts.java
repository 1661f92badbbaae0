package org.gradientlab.exercises.catalogue;

import java.util.List;

/** The prompts, explanation, hints and worked solution of the linear-regression exercise. */
record LinearRegressionTexts(LinearRegressionFacts facts, double tolerance, int budget) {

    String explanation() {
        return """
                A line $y = wx + b$ is fitted to points $(x_i, y_i)$ by minimising the mean squared error

                $$L(w, b) = \\frac{1}{n}\\sum_{i=1}^{n} (w x_i + b - y_i)^2, \\qquad
                \\frac{\\partial L}{\\partial w} = \\frac{2}{n}\\sum_i (w x_i + b - y_i)\\,x_i, \\quad
                \\frac{\\partial L}{\\partial b} = \\frac{2}{n}\\sum_i (w x_i + b - y_i).$$

                One **epoch** of full-batch gradient descent is one update $(w, b) \\leftarrow (w, b) - \\alpha \
                \\nabla L$ with the gradient over all points. $L$ is a quadratic in $(w, b)$: its Hessian is the \
                constant $H = 2\\begin{bmatrix} \\overline{x^2} & \\bar x \\\\ \\bar x & 1 \\end{bmatrix}$, so \
                gradient descent converges iff $0 < \\alpha < 2/\\lambda_{max}(H)$, and the small eigenvalue sets \
                how slowly the intercept settles. The minimum is the **least-squares line**, which the normal \
                equations give in closed form:

                $$w^* = \\frac{\\sum_i (x_i - \\bar x)(y_i - \\bar y)}{\\sum_i (x_i - \\bar x)^2}, \\qquad \
                b^* = \\bar y - w^* \\bar x.$$

                It is the target of training. It is not the line the data were drawn around \
                ($y = %s x %s$): the noise moves the best fit away from it.

                Here there are %d points on $x \\in [0, 10]$, the start is $(w, b) = %s$, and $\\lambda(H) = %s$.
                """.formatted(
                Figures.of(facts.trueW()), signed(facts.trueB()), 50, Figures.point(facts.start()), eigenvalues());
    }

    String trainingPrompt() {
        return "Choose the learning rate `lr` and the number of `epochs` (at most " + budget + ") of full-batch "
                + "gradient descent from $(w, b) = " + Figures.point(facts.start()) + "$. The engine trains with your "
                + "settings; the run must end within " + Figures.of(tolerance) + " of the least-squares $(w^*, b^*)$.";
    }

    String solutionPrompt() {
        return "Read off the least-squares line: type $w^*$ and $b^*$ (three significant figures).";
    }

    String stablePrompt() {
        return "What is the largest learning rate for which gradient descent on $L$ converges from every start? "
                + "(Three significant figures.)";
    }

    List<String> hints() {
        return List.of(
                "The Hessian's eigenvalues are $" + eigenvalues()
                        + "$: gradient descent needs $\\alpha < 2/\\lambda_{max}$.",
                "With α just below the limit, the slow direction still shrinks only by $1 - \\alpha\\lambda_{min}$ per "
                        + "epoch: plan for thousands of epochs, not hundreds.",
                "When the run has settled, w and b stop changing: those are $w^*$ and $b^*$.");
    }

    String solution() {
        return """
                $\\lambda_{max} = %s$, so gradient descent converges iff $\\alpha < 2/\\lambda_{max} = %s$ (and \
                $1/\\lambda_{max} = %s$ is only the largest step that does not oscillate). With $\\alpha = %s$ the \
                slow direction shrinks by $1 - \\alpha\\lambda_{min} = %s$ per epoch; after %d epochs the run is at \
                $(w, b) = %s$, within %s of the least-squares line $w^* = %s$, $b^* = %s$ (mean squared error \
                $%s$).

                Stopping early leaves the intercept behind: 200 epochs at $\\alpha = 0.01$ end at $%s$.
                """.formatted(
                        Figures.of(lambdaMax()),
                        Figures.of(facts.stableLimit(), 4),
                        Figures.of(facts.stableLimit() / 2, 4),
                        Figures.of(facts.modelRate()),
                        Figures.of(1 - facts.modelRate() * facts.eigenvalues()[0], 4),
                        facts.modelEpochs(),
                        Figures.point(round(facts.modelEnd())),
                        Figures.of(tolerance),
                        Figures.of(facts.w(), 4),
                        Figures.of(facts.b(), 4),
                        Figures.of(facts.loss(), 5),
                        Figures.point(round(facts.shortRun())));
    }

    private double lambdaMax() {
        return facts.eigenvalues()[facts.eigenvalues().length - 1];
    }

    private String eigenvalues() {
        return Figures.of(facts.eigenvalues()[0], 4) + ",\\ " + Figures.of(lambdaMax(), 4);
    }

    private static String signed(double b) {
        return b < 0 ? "- " + Figures.of(-b) : "+ " + Figures.of(b);
    }

    private static double[] round(double[] p) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Double.parseDouble(Figures.of(p[i], 4));
        }
        return out;
    }
}
