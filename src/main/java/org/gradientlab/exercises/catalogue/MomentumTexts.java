package org.gradientlab.exercises.catalogue;

import java.util.List;
import org.gradientlab.engine.landscape.Landscape;

/** The prompts, explanation, hints and worked solution of the momentum exercise, with the variant's numbers. */
record MomentumTexts(
        Landscape f, double[] start, double lr, int steps, double beta, double[] eigen, MomentumRaces races) {

    private String setup() {
        return "$f = " + ImplementOptimizerTexts.formula(f) + "$ from $" + Figures.point(start) + "$ with $\\alpha = "
                + Figures.of(lr) + "$";
    }

    private double lambdaMax() {
        return eigen[eigen.length - 1];
    }

    String explanation() {
        return """
                Gradient descent on a ravine takes steps that are too long across it and too short along it. \
                **Momentum** keeps a velocity that accumulates the gradients: components that keep pointing the \
                same way add up, components that flip sign cancel. This exercise uses the **velocity form**

                $$v \\leftarrow \\beta v - \\alpha \\nabla f(x), \\qquad x \\leftarrow x + v,$$

                with $v = 0$ at the start. The heavy-ball form ($v \\leftarrow \\beta v + g,\\ x \\leftarrow x - \
                \\alpha v$, PyTorch's `SGD(momentum=β)`) moves x identically for a constant α; the EMA form \
                ($v \\leftarrow \\beta v + (1-\\beta) g$) is heavy ball with the step $\\alpha(1-\\beta)$.

                On a quadratic with Hessian eigenvalues $\\lambda$, gradient descent shrinks the error along each \
                eigenvector by $|1 - \\alpha\\lambda|$ per step and is stable iff $0 < \\alpha\\lambda < 2$. With \
                momentum ($0 \\le \\beta < 1$, velocity or heavy-ball form) the iteration is stable iff \
                $0 < \\alpha\\lambda < 2 + 2\\beta$ for every eigenvalue (EMA form: $0 < \\alpha(1-\\beta)\\lambda < \
                2 + 2\\beta$), and once β is large enough for the iterates to oscillate, the error shrinks by about \
                $\\sqrt\\beta$ per step in every direction. So β trades speed along the ravine against ringing: \
                too little changes nothing, too much rings for a long time.

                Here %s ($\\lambda = %s$). After %d steps gradient descent ends at $f = %s$ and momentum with \
                $\\beta = %s$ at $f = %s$.
                """.formatted(
                        setup(),
                        eigenvalues(),
                        steps,
                        Figures.of(races.gd(), 4),
                        Figures.of(beta),
                        Figures.of(races.loss(beta), 4));
    }

    String betaPrompt() {
        return "Choose $\\beta$ for velocity-form momentum on " + setup() + ". Your β runs for " + steps
                + " steps next to gradient descent with the same α, and must end lower than gradient descent's "
                + "$f = " + Figures.of(races.gd(), 4) + "$. Answer with the setting `beta`.";
    }

    String winnerPrompt() {
        return "With $\\beta = " + Figures.of(beta) + "$, which ends lower after " + steps + " steps on " + setup()
                + "?";
    }

    String boundPrompt() {
        return "With $\\beta = " + Figures.of(beta) + "$, velocity-form momentum on $f$ is stable iff "
                + "$0 < \\alpha\\lambda < 2 + 2\\beta$ for every Hessian eigenvalue $\\lambda$. What is the largest "
                + "stable α? (Three significant figures.)";
    }

    List<String> hints() {
        return List.of(
                "The Hessian of $f$ is constant; its eigenvalues are $" + eigenvalues() + "$. Gradient descent's "
                        + "slowest direction shrinks by $|1 - \\alpha\\lambda_{min}| = "
                        + Figures.of(Math.abs(1 - lr * eigen[0]), 4) + "$ per step.",
                "Once the iterates oscillate, momentum shrinks the error by about $\\sqrt\\beta$ per step: β near 1 "
                        + "is slow, and a middle value is a good first try.",
                "The bound uses the largest eigenvalue: $\\alpha < (2 + 2\\beta)/\\lambda_{max}$ with $\\lambda_{max} = "
                        + Figures.of(lambdaMax()) + "$.");
    }

    String solution() {
        double[] range = races.winningRange();
        return """
                Running both for %d steps: gradient descent ends at $f = %s$. Momentum ends lower for every β \
                of the grid 0.05, 0.10, …, 0.95 from %s to %s; the best of them is $\\beta = %s$ with \
                $f = %s$. With $\\beta = %s$ momentum ends at $f = %s$, so %s.

                The stable range: $\\alpha < (2 + 2\\beta)/\\lambda_{max} = (2 + 2 \\cdot %s)/%s = %s$, wider than \
                gradient descent's $2/\\lambda_{max} = %s$.
                """.formatted(
                        steps,
                        Figures.of(races.gd(), 4),
                        Figures.of(range[0]),
                        Figures.of(range[1]),
                        Figures.of(races.best().beta()),
                        Figures.of(races.best().loss(), 4),
                        Figures.of(beta),
                        Figures.of(races.loss(beta), 4),
                        races.gd() < races.loss(beta)
                                ? "plain gradient descent ends lower: more momentum is not always better"
                                : "momentum ends lower",
                        Figures.of(beta),
                        Figures.of(lambdaMax()),
                        Figures.of(MomentumExercise.boundOf(beta, eigen), 4),
                        Figures.of(2 / lambdaMax()));
    }

    private String eigenvalues() {
        return String.join(
                ", ", java.util.Arrays.stream(eigen).mapToObj(Figures::of).toList());
    }
}
