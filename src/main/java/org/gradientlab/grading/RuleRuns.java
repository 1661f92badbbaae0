package org.gradientlab.grading;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.OptimizerState;
import org.gradientlab.exercises.OptimizerRule;
import org.gradientlab.exercises.OptimizerRuleCheck;

/**
 * The two sides of an update-rule comparison on one {@link OptimizerRuleCheck.Run}: the engine's optimizer, whose
 * inspectable state supplies the template's quantities (v, G, s, m, v, m̂, v̂) after each update, and the
 * student's rules.
 */
final class RuleRuns {

    private RuleRuns() {}

    static Landscape landscape(OptimizerRuleCheck.Run run) {
        return Landscapes.byId(run.landscape())
                .orElseThrow(() -> new IllegalArgumentException("no landscape " + run.landscape()));
    }

    static double[] start(OptimizerRuleCheck.Run run) {
        return run.start().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The engine's run of {@code rule}: x and every state and derived quantity of the rule after each update. */
    static RuleTrace engine(OptimizerRule rule, OptimizerRuleCheck.Run run) {
        Landscape f = landscape(run);
        double[] x = start(run);
        Optimizer optimizer = rule.spec(run.hyperparameters()).create();
        List<String> names = rule.templateTargets();
        Map<String, double[][]> values = new LinkedHashMap<>();
        for (String name : names) {
            values.put(name, new double[run.steps()][]);
        }
        for (int k = 0; k < run.steps(); k++) {
            optimizer.step(x, f);
            OptimizerState state = optimizer.state().orElseThrow();
            for (String name : names) {
                values.get(name)[k] = name.equals("x") ? x.clone() : quantity(state, name);
            }
        }
        return new RuleTrace(values);
    }

    /** The student's run: x, the rule's state, and each derived quantity the rules assign. */
    static RuleTrace student(RuleProgram program, OptimizerRule rule, OptimizerRuleCheck.Run run) {
        return program.run(landscape(run), start(run), run.hyperparameters(), run.steps(), recorded(program, rule));
    }

    /** The quantities of the template a program is compared on, in update order: state, assigned derived ones, x. */
    static List<String> compared(RuleProgram program, OptimizerRule rule) {
        return List.copyOf(recorded(program, rule));
    }

    private static Set<String> recorded(RuleProgram program, OptimizerRule rule) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : rule.templateTargets()) {
            if (rule.state().contains(name) || name.equals("x") || program.assigns(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static double[] quantity(OptimizerState state, String name) {
        return switch (state) {
            case OptimizerState.Momentum m when name.equals("v") -> m.velocity();
            case OptimizerState.AdaGrad a when name.equals("G") -> a.sumOfSquares();
            case OptimizerState.RmsProp r when name.equals("s") -> r.meanSquare();
            case OptimizerState.Adam a ->
                switch (name) {
                    case "m" -> a.m();
                    case "v" -> a.v();
                    case "mhat" -> a.mHat();
                    case "vhat" -> a.vHat();
                    default -> throw unknown(state, name);
                };
            default -> throw unknown(state, name);
        };
    }

    private static IllegalArgumentException unknown(OptimizerState state, String name) {
        return new IllegalArgumentException(state.getClass().getSimpleName() + " has no quantity " + name);
    }
}
