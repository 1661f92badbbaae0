package org.gradientlab.exercises;

import java.util.List;

/**
 * A learning rate α claimed to be the divergence threshold of gradient descent on {@code function}, judged by
 * running the engine (DESIGN §4, critical-lr): GD from {@code start} at (1 − margin)·α must converge and at
 * (1 + margin)·α must diverge, each within {@code budget} steps under the course's rules (DESIGN §3). An α within
 * {@code closeEnough} of the theoretical {@code threshold} is right as well, so that the verdict never hinges on a
 * run that is still undecided at the budget. Anticipated wrong values (such as 1/λmax) earn their notes.
 *
 * @param function      f in the engine's syntax, a quadratic with a positive-definite Hessian
 * @param variables     f's variables, in the order of the coordinates of {@code start}
 * @param start         the start point, with a nonzero component along every eigenvector of the Hessian
 * @param minimumValue  f*, for the convergence rule f(x_k) − f* ≤ 1e-8·(f(x_0) − f*)
 * @param budget        the step budget of each run
 * @param margin        how far below and above α the two runs go (0.02 for 0.98·α and 1.02·α)
 * @param threshold     2/λmax, from the engine's step-size theory
 * @param closeEnough   how close to {@code threshold} an α is right without the runs' evidence
 * @param mistakes      anticipated wrong values and the notes they earn (matched with {@code closeEnough})
 */
public record DivergenceThresholdCheck(
        String function,
        List<String> variables,
        List<Double> start,
        double minimumValue,
        int budget,
        double margin,
        double threshold,
        Tolerance closeEnough,
        List<KnownMistake> mistakes)
        implements Check {

    public DivergenceThresholdCheck {
        variables = List.copyOf(variables);
        start = List.copyOf(start);
        mistakes = List.copyOf(mistakes);
        if (variables.size() != start.size()) {
            throw new IllegalArgumentException("the start point needs one coordinate per variable");
        }
        if (budget < 1) {
            throw new IllegalArgumentException("the step budget must be positive");
        }
        if (!(margin > 0 && margin < 1)) {
            throw new IllegalArgumentException("the margin must be between 0 and 1: " + margin);
        }
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("the threshold must be positive and finite: " + threshold);
        }
    }

    @Override
    public AnswerType answerType() {
        return AnswerType.NUMBER;
    }
}
