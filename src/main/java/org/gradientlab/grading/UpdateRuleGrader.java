package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.exercises.UpdateRuleCheck;

/**
 * Grades update rules by running them next to the reference rules on the check's landscapes (DESIGN §4,
 * implement-optimizer): right when x and every state variable agree after every update; otherwise the first
 * update and variable that differ are named, and a run that follows an anticipated mistake earns its note.
 */
final class UpdateRuleGrader {

    private UpdateRuleGrader() {}

    /**
     * The values of x and the state variables after each update of each run: [run][update][coordinate][variable],
     * the variables being x followed by the state in declaration order.
     */
    static double[][][][] trace(UpdateRuleCheck check, List<UpdateRules.Assignment> rules) {
        List<String> tracked = tracked(check);
        double[][][][] out = new double[check.runs().size()][][][];
        for (int r = 0; r < out.length; r++) {
            UpdateRuleCheck.Run run = check.runs().get(r);
            Landscape landscape = Landscapes.byId(run.landscape())
                    .orElseThrow(() -> new IllegalStateException("no landscape " + run.landscape()));
            int n = landscape.dimension();
            double[] x = run.start().stream().mapToDouble(Double::doubleValue).toArray();
            List<Map<String, Double>> states = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                states.add(new HashMap<>(check.state()));
            }
            double[] gradient = new double[n];
            out[r] = new double[check.steps()][n][tracked.size()];
            for (int k = 1; k <= check.steps(); k++) {
                landscape.valueAndGradient(x, gradient);
                double[] next = new double[n];
                for (int i = 0; i < n; i++) {
                    Map<String, Double> env = new HashMap<>(check.constants());
                    env.putAll(states.get(i));
                    env.put("x", x[i]);
                    env.put("g", gradient[i]);
                    env.put("t", (double) k);
                    for (UpdateRules.Assignment a : rules) {
                        env.put(a.name(), a.formula().evaluate(env));
                    }
                    next[i] = env.get("x");
                    for (String s : check.state().keySet()) {
                        states.get(i).put(s, env.get(s));
                    }
                    for (int v = 0; v < tracked.size(); v++) {
                        out[r][k - 1][i][v] = env.get(tracked.get(v));
                    }
                }
                x = next;
            }
        }
        return out;
    }

    static PartFeedback grade(UpdateRuleCheck check, List<UpdateRules.Assignment> rules, Interpretation shown) {
        double[][][][] reference = trace(check, rulesOf(check, check.reference()));
        double[][][][] student = trace(check, rules);
        Message differs = firstDifference(check, student, reference);
        if (differs == null) {
            return PartFeedback.graded(1, List.of(), List.of(), shown, null);
        }
        for (UpdateRuleCheck.KnownRuleMistake m : check.mistakes()) {
            if (firstDifference(check, student, trace(check, rulesOf(check, m.rules()))) == null) {
                return PartFeedback.graded(0, List.of(m.note()),
                        List.of(NumberGrader.mistakeMessage(m.note(), m.how()), differs), shown, null);
            }
        }
        return PartFeedback.graded(0, List.of(), List.of(differs), shown, null);
    }

    private static List<UpdateRules.Assignment> rulesOf(UpdateRuleCheck check, String text) {
        return switch (UpdateRules.read(check, text)) {
            case Reading.Readable<List<UpdateRules.Assignment>> r -> r.value();
            case Reading.Unreadable<List<UpdateRules.Assignment>> u ->
                    throw new IllegalStateException("the exercise's rules do not read: " + u.messages());
        };
    }

    private static List<String> tracked(UpdateRuleCheck check) {
        List<String> tracked = new ArrayList<>(List.of("x"));
        tracked.addAll(check.state().keySet());
        return tracked;
    }

    /** The first (run, update, coordinate, variable) where the traces disagree, as a message; null when none. */
    private static Message firstDifference(UpdateRuleCheck check, double[][][][] s, double[][][][] r) {
        List<String> tracked = tracked(check);
        for (int run = 0; run < r.length; run++) {
            for (int k = 0; k < r[run].length; k++) {
                for (int i = 0; i < r[run][k].length; i++) {
                    for (int v = 0; v < tracked.size(); v++) {
                        if (!check.tolerance().accepts(s[run][k][i][v], r[run][k][i][v])) {
                            UpdateRuleCheck.Run where = check.runs().get(run);
                            String name = r[run][k].length > 1 ? tracked.get(v) + "[" + (i + 1) + "]" : tracked.get(v);
                            return MessageKey.RULE_DIFFERS.with(where.landscape(), "(" + String.join(", ",
                                    where.start().stream().map(Format::number).toList()) + ")", k + 1, name,
                                    Format.number(s[run][k][i][v]), Format.number(r[run][k][i][v]));
                        }
                    }
                }
            }
        }
        return null;
    }
}
