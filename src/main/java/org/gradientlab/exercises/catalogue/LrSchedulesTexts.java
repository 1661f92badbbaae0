package org.gradientlab.exercises.catalogue;

import java.util.List;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.RunResult;

/** The prompts, explanation, hints and worked solution of the learning-rate schedules exercise. */
record LrSchedulesTexts(
        double lr0,
        int warmup,
        int total,
        int k,
        Landscape quadratic,
        double[] quadraticStart,
        double limit,
        double[] rosenbrockStart,
        int rosenbrockSteps,
        ScheduleRaces.Choice gdModel,
        ScheduleRaces.Choice adamModel) {

    String explanation() {
        return """
                A **schedule** changes the learning rate during a run: update number $k$ (counting from $k = 0$ for \
                the first update) uses $\\alpha_k$, computed from the base rate $\\alpha_0$:

                - constant: $\\alpha_k = \\alpha_0$;
                - step decay: $\\alpha_k = \\alpha_0\\,\\gamma^{\\lfloor k/T \\rfloor}$;
                - exponential: $\\alpha_k = \\alpha_0\\, d^k$;
                - cosine: $\\alpha_k = \\alpha_0 \\cdot \\tfrac12\\big(1 + \\cos(\\pi k/T)\\big)$ for $k < T$, and 0 after;
                - linear warm-up then cosine: $\\alpha_k = \\alpha_0\\, k/W$ for $k < W$ — so the very first update \
                has rate 0 — then $\\alpha_0 \\cdot \\tfrac12\\big(1 + \\cos(\\pi (k-W)/(T-W))\\big)$ for $W \\le k < T$, \
                where $T$ counts the warm-up.

                A schedule does not change where gradient descent is stable: on a quadratic it still needs \
                $\\alpha_k < 2/\\lambda_{max}$, and a rate above that for many updates makes the run blow up before \
                the decay can help. Adam's steps are of the order of $\\alpha$ in every coordinate however small the \
                gradient, so near a minimum it keeps hopping at that scale; lowering α late in the run lets it settle.

                In the runs below the schedules are scaled to the run's length $N$: step decay halves every $N/3$ \
                updates, exponential decay reaches $0.05\\,\\alpha_0$ at the end, cosine spans the run, and the \
                warm-up lasts $N/20$ updates.
                """;
    }

    String warmupPrompt() {
        return "A linear warm-up over $W = " + warmup + "$ updates followed by cosine decay to $T = " + total
                + "$, with $\\alpha_0 = " + Figures.of(lr0) + "$. What learning rate does the first update use?";
    }

    String cosinePrompt() {
        return "A cosine schedule with $T = " + total + "$ and $\\alpha_0 = " + Figures.of(lr0)
                + "$. What is the learning rate of update $k = " + k + "$? (Three significant figures.)";
    }

    String quadraticPrompt() {
        return "Choose a `schedule` (constant, step, exponential, cosine or warmup-cosine) and its base rate `lr` for "
                + "gradient descent on $f = " + ImplementOptimizerTexts.formula(quadratic) + "$ from $"
                + Figures.point(quadraticStart) + "$. Within " + LrSchedulesExercise.QUADRATIC_STEPS
                + " updates the run must get below $f = 10^{-6}$.";
    }

    String rosenbrockPrompt() {
        return "Choose a `schedule` and base rate `lr` for Adam ($\\beta_1 = 0.9$, $\\beta_2 = 0.999$) on Rosenbrock "
                + "$f = (1-x)^2 + 100(y - x^2)^2$ from $" + Figures.point(rosenbrockStart) + "$. Within "
                + rosenbrockSteps + " updates the run must get below $f = 10^{-4}$.";
    }

    List<String> hints() {
        return List.of(
                "The first update has $k = 0$: put $k = 0$ into the warm-up formula.",
                "For gradient descent on this quadratic, $2/\\lambda_{max} = " + Figures.of(limit, 4) + "$: keep the "
                        + "rate below it for almost all of the run.",
                "Adam with a small constant rate crawls along Rosenbrock's valley; a larger base rate that decays "
                        + "towards the end moves fast early and still settles.");
    }

    String solution() {
        RunResult gd = ScheduleRaces.run(
                OptimizerSpec.gradientDescent(gdModel.lr()),
                ScheduleRaces.offered(LrSchedulesExercise.QUADRATIC_STEPS).get(gdModel.schedule()),
                quadratic,
                quadraticStart,
                LrSchedulesExercise.QUADRATIC_STEPS,
                LrSchedulesExercise.QUADRATIC_TARGET);
        RunResult adam = ScheduleRaces.run(
                OptimizerSpec.adam(adamModel.lr()),
                ScheduleRaces.offered(rosenbrockSteps).get(adamModel.schedule()),
                Landscapes.ROSENBROCK,
                rosenbrockStart,
                rosenbrockSteps,
                LrSchedulesExercise.ROSENBROCK_TARGET);
        RunResult slow = ScheduleRaces.run(
                OptimizerSpec.adam(0.01),
                ScheduleRaces.offered(rosenbrockSteps).get("constant"),
                Landscapes.ROSENBROCK,
                rosenbrockStart,
                rosenbrockSteps,
                LrSchedulesExercise.ROSENBROCK_TARGET);
        return """
                The warm-up's first rate is $\\alpha_0 \\cdot 0/W = 0$: the first update does not move at all. The \
                cosine rate at $k = %d$ is $%s \\cdot \\tfrac12\\big(1 + \\cos(\\pi \\cdot %d/%d)\\big) = %s$.

                For gradient descent, the %s schedule with $\\alpha_0 = %s$ (below $2/\\lambda_{max} = %s$) gets \
                below $10^{-6}$ after %d updates. Many other choices work too; any that keeps the rate above \
                $2/\\lambda_{max}$ for long diverges.

                For Adam, the %s schedule with $\\alpha_0 = %s$ gets below $10^{-4}$ after %d updates, while a \
                constant $\\alpha = 0.01$ ends at $f = %s$ after %d.
                """.formatted(
                k,
                Figures.of(lr0),
                k,
                total,
                Figures.of(org.gradientlab.engine.optim.Schedule.cosine(total).learningRate(lr0, k), 4),
                gdModel.schedule(),
                Figures.of(gdModel.lr()),
                Figures.of(limit, 4),
                gd.step(),
                adamModel.schedule(),
                Figures.of(adamModel.lr()),
                adam.step(),
                Figures.latex(slow.finalLoss(), 3),
                slow.step());
    }
}
