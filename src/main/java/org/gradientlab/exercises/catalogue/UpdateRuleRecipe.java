package org.gradientlab.exercises.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.OptimizerRule;
import org.gradientlab.exercises.UpdateRuleCheck;

/**
 * Everything the implement-optimizer exercise needs to know about one optimizer: its update rules as the model
 * answer, the same rules in LaTeX, the course material's hyperparameters, two probing settings, the known mistakes
 * the grader recognises, and the wrong answers the self-test feeds in.
 *
 * @param rule        the optimizer
 * @param model       the model answer, one assignment per line
 * @param latex       the update as aligned LaTeX lines (for the explanation and solution)
 * @param course      the course material's hyperparameters
 * @param landscape   the landscape the course material ran the optimizer on (or a stand-in), by id
 * @param start       the course material's start point there
 * @param probes      two more settings the rules are run with, chosen so that ε, the β's and the decay are visible
 * @param mistakes    mistaken rules with their notes
 * @param canned      wrong answers for the self-test
 */
record UpdateRuleRecipe(
        OptimizerRule rule,
        String model,
        String latex,
        Map<String, Double> course,
        String landscape,
        List<Double> start,
        List<Map<String, Double>> probes,
        List<UpdateRuleCheck.KnownRule> mistakes,
        List<CannedAnswer> canned) {

    UpdateRuleRecipe {
        course = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(course));
        start = List.copyOf(start);
        probes = List.copyOf(probes);
        mistakes = List.copyOf(mistakes);
        canned = List.copyOf(canned);
    }

    /** The hyperparameters in the rule's order, from alternating names and values. */
    static Map<String, Double> values(Object... namesAndValues) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).doubleValue());
        }
        return out;
    }
}
