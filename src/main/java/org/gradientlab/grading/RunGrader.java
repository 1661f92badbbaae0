package org.gradientlab.grading;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.StopReason;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.RunCheck;
import org.gradientlab.exercises.StepsCheck;
import org.gradientlab.exercises.Variant;

/**
 * Grades answers by running the engine: optimizer settings (does the run reach the target within its steps and
 * the budget?) and the number of steps a run needed (checked against the engine's run with the student's own
 * learning rate).
 */
final class RunGrader {

    private RunGrader() {}

    static PartFeedback settings(RunCheck check, RunSettings s, Interpretation shown, Runs runs) {
        if (s.steps() > check.budget()) {
            return PartFeedback.graded(
                    0,
                    List.of(Note.OVER_BUDGET),
                    List.of(MessageKey.OVER_BUDGET.with(s.steps(), check.budget())),
                    shown,
                    null);
        }
        RunResult r = runs.get(check, s.lr());
        String lr = Format.number(s.lr());
        String method = check.method().label();
        String target = Format.number(check.target());
        // the run went on to the budget; within the student's steps it reached the target or diverged only if it
        // did so by then, and otherwise stood at its loss after those steps
        if (r.step() <= s.steps() && r.reason() == StopReason.THRESHOLD) {
            return PartFeedback.graded(
                    1, List.of(), List.of(MessageKey.RUN_REACHED.with(lr, method, target, r.step())), shown, null);
        }
        if (r.step() <= s.steps() && r.reason() == StopReason.DIVERGED) {
            return PartFeedback.graded(
                    0,
                    List.of(Note.DIVERGED),
                    List.of(MessageKey.RUN_DIVERGED.with(lr, method, r.step())),
                    shown,
                    null);
        }
        int at = (int) Math.min(s.steps(), r.step());
        return PartFeedback.graded(
                0,
                List.of(Note.TARGET_NOT_REACHED),
                List.of(MessageKey.RUN_NOT_REACHED.with(
                        lr, method, Format.number(r.trajectory().loss(at)), at, target)),
                shown,
                null);
    }

    static PartFeedback steps(
            Variant variant,
            StepsCheck check,
            NumberReader.Value typed,
            Interpretation shown,
            Map<String, Answer> answers,
            Runs runs) {
        RunCheck run = runCheck(variant, check);
        if (typed.value() != Math.rint(typed.value()) || typed.value() < 0) {
            return PartFeedback.invalid(
                    List.of(),
                    List.of(MessageKey.SETTING_OUT_OF_RANGE.with(
                            "steps", "a whole number", Format.number(typed.value()))),
                    shown);
        }
        OptionalDouble lr = answers.get(check.settingsPart()) instanceof Answer.Settings s
                ? RunSettings.learningRate(s.values())
                : OptionalDouble.empty();
        if (lr.isEmpty()) {
            return PartFeedback.invalid(List.of(), List.of(MessageKey.NOT_GRADED.with()), shown);
        }
        RunResult r = runs.get(run, lr.getAsDouble());
        String alpha = Format.number(lr.getAsDouble());
        String target = Format.number(run.target());
        if (r.reason() != StopReason.THRESHOLD) {
            return PartFeedback.graded(
                    0,
                    List.of(),
                    List.of(MessageKey.STEPS_NEVER_REACHED.with(alpha, target, run.budget())),
                    shown,
                    null);
        }
        if (Math.abs(typed.value() - r.step()) <= check.slack()) {
            return PartFeedback.graded(1, List.of(), List.of(), shown, null);
        }
        return PartFeedback.graded(0, List.of(), List.of(MessageKey.STEPS_INCORRECT.with(alpha, target)), shown, null);
    }

    private static RunCheck runCheck(Variant variant, StepsCheck check) {
        return variant.part(check.settingsPart())
                .map(Part::check)
                .filter(RunCheck.class::isInstance)
                .map(RunCheck.class::cast)
                .orElseThrow(() -> new IllegalStateException("part " + check.settingsPart() + " is not a run"));
    }
}
