package org.gradientlab.grading;

import java.util.Optional;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.exercises.ExpressionCheck;

/**
 * Misconceptions of differentiation found by mutating the correct derivative (DESIGN §5).
 */
final class Mutations {

    private Mutations() {}

    static Optional<Finding> diagnose(
            ExpressionCheck check, Expression student, double[] values, SamplePoints.Sample sample) {
        return Optional.empty();
    }
}
