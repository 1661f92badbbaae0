package org.gradientlab.exercises.catalogue;

import java.util.List;

/** The explanation, hints and worked solution of Adam versus gradient descent. */
final class AdamVersusGdTexts {

    private AdamVersusGdTexts() {}

    static String explanation(String start, double target, int gdBudget, int adamBudget) {
        return """
                The Rosenbrock function $f(x, y) = (1 - x)^2 + 100(y - x^2)^2$ has its minimum $0$ at $(1, 1)$, at \
                the end of a long, curved, narrow valley. Across the valley $f$ is very steep (curvature in the \
                hundreds), along it nearly flat.

                **Gradient descent** $x \\leftarrow x - \\alpha\\nabla f$ takes the same $\\alpha$ in every \
                direction. The steep direction caps $\\alpha$ (beyond about $2/\\lambda_{max}$ of the local \
                Hessian the iterates bounce out of the valley and diverge), and with such a small $\\alpha$ the \
                progress along the flat valley floor is slow.

                **Adam** (as `torch.optim.Adam`: $\\beta_1 = 0.9$, $\\beta_2 = 0.999$, $\\varepsilon = 10^{-8}$ \
                outside the square root, bias-corrected moments) divides each coordinate's step by a running \
                root-mean-square of its gradients, so its steps are roughly $\\alpha$ in size whatever the \
                curvature: a larger $\\alpha$ is usable, and the flat direction is not starved.

                Start at $%s$. Choose a learning rate and a number of steps for each method so that its run gets \
                $f$ below $%s$: gradient descent may take at most %d steps, Adam at most %d. Then report how many \
                steps each of your runs needed. Neither method is best for every problem: try a few rates on the \
                chart before you answer.
                """.formatted(start, ParameterValues.text(target), gdBudget, adamBudget);
    }

    static List<String> hints() {
        return List.of(
                "Start gradient descent with $\\alpha = 10^{-3}$ and Adam with $\\alpha = 10^{-2}$ and watch the loss "
                        + "curves on a log scale.",
                "If gradient descent shoots off to huge losses within a few steps, $\\alpha$ is beyond what the "
                        + "valley's steep walls allow: halve it.",
                "The steps a run needed is the first step $k$ at which $f(x_k)$ is below the target — the chart's "
                        + "loss curve shows it; it is not the number of steps you asked for.");
    }

    static String solution(int gdNeeded, int adamNeeded, double target, boolean courseStart) {
        String course = courseStart
                ? " These are the course material's settings: its 2000 gradient-descent steps stop at "
                        + "$f \\approx 0.047$, still above the target."
                : "";
        return """
                One answer that works: gradient descent with $\\alpha = 0.001$ reaches $f < %s$ after **%d** steps; \
                Adam with $\\alpha = 0.01$ after **%d** steps.%s Other rates work too, and some make gradient \
                descent faster than this Adam run: a larger $\\alpha$ helps gradient descent until the steep walls \
                make it diverge.
                """.formatted(ParameterValues.text(target), gdNeeded, adamNeeded, course);
    }
}
