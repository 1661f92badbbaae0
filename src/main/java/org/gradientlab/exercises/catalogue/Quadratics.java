package org.gradientlab.exercises.catalogue;

import java.util.List;
import org.gradientlab.engine.calculus.SymmetricEigen;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;

/** The catalogue's quadratic landscapes as exercise parameters: lookup by id, Hessian eigenvalues, engine runs. */
final class Quadratics {

    /** The ids of the quadratics an instructor may choose. */
    static final List<String> IDS = List.of("ravine", "stretched-bowl", "elliptic-bowl", "bowl");

    private Quadratics() {}

    static Landscape landscape(String parameter, String id) {
        String key = id.strip();
        if (!IDS.contains(key)) {
            throw new ParameterException(ParameterProblem.of(
                    parameter, ParameterProblem.Key.UNSUITABLE, id, "choose one of " + String.join(", ", IDS)));
        }
        return Landscapes.byId(key).orElseThrow();
    }

    /** The eigenvalues of the (constant) Hessian, ascending. */
    static double[] eigenvalues(Landscape f) {
        int n = f.dimension();
        double[][] h = new double[n][n];
        f.hessian(new double[n], h);
        return SymmetricEigen.eigenvalues(h);
    }

    /** The engine's run of {@code spec} on f from {@code start} for {@code steps} updates at a constant rate. */
    static RunResult run(OptimizerSpec spec, Landscape f, double[] start, int steps) {
        return Runner.run(spec, Schedule.constant(), f, start, StopRule.steps(steps), f.minimumValue());
    }
}
