package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.Outcome;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.exercises.DivergenceThresholdCheck;
import org.gradientlab.exercises.KnownMistake;

/**
 * Grades a claimed divergence threshold α by simulation: the engine runs gradient descent at (1 − margin)·α and at
 * (1 + margin)·α; the answer is right when the behaviour flips there (converges below, diverges above) or when α is
 * within the check's tolerance of 2/λmax. The messages report both runs, so a wrong answer says which way to go.
 */
final class DivergenceThresholdGrader {

    private DivergenceThresholdGrader() {}

    static PartFeedback grade(DivergenceThresholdCheck check, NumberReader.Value typed, Interpretation shown) {
        double alpha = typed.value();
        if (!(alpha > 0)) {
            return PartFeedback.graded(
                    0, List.of(), List.of(MessageKey.NOT_POSITIVE.with(Format.number(alpha))), shown, null);
        }
        CompiledFunction f = CompiledFunction.compile(
                Expression.parse(check.function(), new Variables(check.variables()))
                        .tree(),
                check.variables());
        double below = (1 - check.margin()) * alpha;
        double above = (1 + check.margin()) * alpha;
        RunResult low = run(check, f, below);
        RunResult high = run(check, f, above);
        List<Message> messages = new ArrayList<>();
        messages.add(describe(check, below, low));
        messages.add(describe(check, above, high));
        boolean flips = low.outcome() == Outcome.CONVERGED && high.outcome() == Outcome.DIVERGED;
        if (flips) {
            messages.addFirst(MessageKey.THRESHOLD_CONFIRMED.with(Format.number(below), Format.number(above)));
            return PartFeedback.graded(1, List.of(), messages, shown, null);
        }
        if (check.closeEnough().accepts(alpha, check.threshold())) {
            messages.addFirst(MessageKey.THRESHOLD_CLOSE.with(
                    Format.number(check.closeEnough().relative() * 100) + "%", Format.number(check.threshold())));
            return PartFeedback.graded(1, List.of(), messages, shown, null);
        }
        messages.add(
                high.outcome() != Outcome.DIVERGED
                        ? MessageKey.THRESHOLD_HIGHER.with(Format.number(above))
                        : MessageKey.THRESHOLD_LOWER.with(Format.number(below)));
        for (KnownMistake m : check.mistakes()) {
            if (check.closeEnough().accepts(alpha, m.value())) {
                messages.addFirst(NumberGrader.mistakeMessage(m.note(), m.how()));
                return PartFeedback.graded(0, List.of(m.note()), messages, shown, null);
            }
        }
        return PartFeedback.graded(0, List.of(), messages, shown, null);
    }

    private static RunResult run(DivergenceThresholdCheck check, CompiledFunction f, double alpha) {
        double[] start = check.start().stream().mapToDouble(Double::doubleValue).toArray();
        return Runner.run(
                OptimizerSpec.gradientDescent(alpha).create(),
                f,
                start,
                StopRule.steps(check.budget()),
                OptionalDouble.of(check.minimumValue()));
    }

    private static Message describe(DivergenceThresholdCheck check, double alpha, RunResult run) {
        return switch (run.outcome()) {
            case CONVERGED -> MessageKey.RUN_CONVERGED.with(Format.number(alpha), check.budget());
            case DIVERGED -> MessageKey.RUN_DIVERGED.with(Format.number(alpha), "gradient descent", run.step());
            case UNDECIDED -> MessageKey.RUN_UNDECIDED.with(Format.number(alpha), check.budget());
        };
    }
}
