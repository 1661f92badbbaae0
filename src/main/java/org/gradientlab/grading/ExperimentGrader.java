package org.gradientlab.grading;

import java.util.List;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.exercises.ExperimentCheck;
import org.gradientlab.exercises.ExperimentCheck.Goal;
import org.gradientlab.exercises.ExperimentCheck.Problem;
import org.gradientlab.exercises.ExperimentCheck.Setting;
import org.gradientlab.exercises.Note;

/**
 * Grades chosen settings by running the engine with them ({@link Experiments}) and judging the run by the check's
 * goal: full credit when it is met, none when the run diverges, falls short or asks for more updates than the
 * budget. Every message says what the run did with the student's settings.
 */
final class ExperimentGrader {

    private ExperimentGrader() {}

    static Reading<ExperimentSettings> read(ExperimentCheck check, java.util.Map<String, String> values) {
        return ExperimentSettings.read(check, values);
    }

    static PartFeedback grade(ExperimentCheck check, ExperimentSettings s, Interpretation shown) {
        String unit = check.problem() instanceof Problem.OnLandscape ? "steps" : "epochs";
        for (Setting setting : check.settings()) {
            if (setting.kind() == Setting.Kind.LENGTH && s.length() > setting.high()) {
                return PartFeedback.graded(
                        0,
                        List.of(Note.OVER_BUDGET),
                        List.of(MessageKey.EXPERIMENT_OVER_BUDGET.with(
                                s.length(), Format.number(setting.high()), unit)),
                        shown,
                        null);
            }
        }
        int length = (int) s.length();
        String method = check.method().displayName();
        Experiments.Result r = Experiments.run(check, check.method(), s.hyperparameters(), s.schedule(), length);
        if (r.diverged()) {
            return PartFeedback.graded(
                    0,
                    List.of(Note.DIVERGED),
                    List.of(MessageKey.EXPERIMENT_DIVERGED.with(s.text(), method, r.count(), unit)),
                    shown,
                    null);
        }
        if (check.goal() instanceof Goal.Beat beat) {
            Experiments.Result other =
                    Experiments.run(check, beat.method(), beat.hyperparameters(), Schedule.constant(), length);
            boolean wins = r.loss() < other.loss() || (other.diverged() && Double.isFinite(r.loss()));
            List<Object> args = List.of(
                    s.text(),
                    method,
                    Format.number(r.loss()),
                    r.count(),
                    unit,
                    beat.method().displayName(),
                    Format.number(other.loss()));
            return wins
                    ? PartFeedback.graded(
                            1, List.of(), List.of(MessageKey.EXPERIMENT_BEATS.with(args.toArray())), shown, null)
                    : PartFeedback.graded(
                            0,
                            List.of(Note.TARGET_NOT_REACHED),
                            List.of(MessageKey.EXPERIMENT_NOT_BEATEN.with(args.toArray())),
                            shown,
                            null);
        }
        if (met(check.goal(), r)) {
            return PartFeedback.graded(
                    1,
                    List.of(),
                    List.of(MessageKey.EXPERIMENT_REACHED.with(s.text(), method, goal(check.goal()), r.count(), unit)),
                    shown,
                    null);
        }
        return PartFeedback.graded(
                0,
                List.of(Note.TARGET_NOT_REACHED),
                List.of(MessageKey.EXPERIMENT_NOT_REACHED.with(
                        s.text(), method, end(check.goal(), r), r.count(), unit, goal(check.goal()))),
                shown,
                null);
    }

    private static boolean met(Goal goal, Experiments.Result r) {
        return switch (goal) {
            case Goal.Below b -> r.reached() || r.loss() < b.loss();
            case Goal.Near n -> distance(r.point(), n) < n.distance();
            case Goal.Accuracy a -> r.accuracy() >= a.accuracy();
            case Goal.Beat b -> throw new IllegalStateException("a race is judged against its own run");
        };
    }

    private static double distance(double[] point, Goal.Near n) {
        double squares = 0;
        for (int i = 0; i < point.length; i++) {
            double d = point[i] - n.point().get(i);
            squares += d * d;
        }
        return Math.sqrt(squares);
    }

    private static String goal(Goal goal) {
        return switch (goal) {
            case Goal.Below b -> "f < " + Format.number(b.loss());
            case Goal.Near n -> "a point within " + Format.number(n.distance()) + " of " + point(n.point());
            case Goal.Accuracy a -> "a validation accuracy of at least " + Format.number(a.accuracy());
            case Goal.Beat b -> b.method().displayName();
        };
    }

    private static String end(Goal goal, Experiments.Result r) {
        return switch (goal) {
            case Goal.Near n ->
                point(java.util.Arrays.stream(r.point()).boxed().toList()) + ", "
                        + Format.number(distance(r.point(), n)) + " away";
            case Goal.Accuracy a -> "a validation accuracy of " + Format.number(r.accuracy());
            default -> "f = " + Format.number(r.loss());
        };
    }

    private static String point(List<Double> p) {
        return "(" + String.join(", ", p.stream().map(Format::number).toList()) + ")";
    }
}
