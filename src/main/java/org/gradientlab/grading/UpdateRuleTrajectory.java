package org.gradientlab.grading;

import java.util.Optional;
import org.gradientlab.exercises.OptimizerRuleCheck;

/**
 * The path of update rules a student typed, run as the grader runs them (element-wise, state starting at 0, the
 * gradient taken at the current x), so that a chart can draw it beside the engine's optimizer.
 */
public final class UpdateRuleTrajectory {

    private UpdateRuleTrajectory() {}

    /**
     * The iterates x₀, x₁, …, x_K of the typed rules on one of the check's runs ({@code points[k][i]} is coordinate
     * i after update k; x₀ is the run's start); empty when the rules do not read. Iterates that blow up are
     * non-finite, never an exception.
     */
    public static Optional<double[][]> of(OptimizerRuleCheck check, OptimizerRuleCheck.Run run, String rules) {
        if (!(RuleReader.read(check, rules) instanceof Reading.Readable<RuleProgram> readable)) {
            return Optional.empty();
        }
        double[][] after =
                RuleRuns.student(readable.value(), check.rule(), run).values().get("x");
        double[][] points = new double[after.length + 1][];
        points[0] = RuleRuns.start(run);
        System.arraycopy(after, 0, points, 1, after.length);
        return Optional.of(points);
    }
}
