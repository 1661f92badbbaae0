package org.gradientlab.exercises;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Update rules typed by the student (one assignment per line, e.g. {@code m = beta1*m + (1-beta1)*g}), judged by
 * running them side by side with the engine's {@link OptimizerRule#spec optimizer} for a few steps on each of the
 * {@code runs}: every coordinate of x and of each template quantity (m, v, m̂, v̂ …) must agree with the engine's
 * after every step. The rule is applied element-wise to vectors. A wrong rule whose runs match one of the
 * {@code mistakes} earns that mistake's note (missing bias correction, ε inside the root …).
 *
 * @param rule      the optimizer the student writes out
 * @param runs      where the rules are run; the first is the one the student is shown, the others probe other
 *                  hyperparameter values so that mistakes hidden by one setting (ε = 1e-8 under the root) show
 * @param mistakes  anticipated wrong rules and the notes they earn
 * @param tolerance how close every value must be after every step (rounding differs between equivalent forms)
 */
public record OptimizerRuleCheck(OptimizerRule rule, List<Run> runs, List<KnownRule> mistakes, Tolerance tolerance)
        implements Check {

    /**
     * One side-by-side run.
     *
     * @param landscape       the id of the engine's landscape the rules minimise ({@code ravine}, {@code rosenbrock} …)
     * @param start           the start point x₀
     * @param hyperparameters a value for each hyperparameter of the rule, in the rule's order
     * @param steps           the number of updates compared
     */
    public record Run(String landscape, List<Double> start, Map<String, Double> hyperparameters, int steps) {
        public Run {
            start = List.copyOf(start);
            hyperparameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hyperparameters));
            if (steps < 1) {
                throw new IllegalArgumentException("a run needs at least one step");
            }
        }
    }

    /**
     * A wrong rule that reveals a misconception: either another engine optimizer (e.g. Adam with L2 decay where
     * AdamW is asked for) or update rules written out in the template's names.
     *
     * @param engine the engine optimizer that behaves like the mistake, or null when {@code rules} describe it
     * @param rules  the mistaken update rules, one assignment per line, or "" when {@code engine} is set
     * @param note   the note it earns
     * @param how    what the mistake is, for the message ("Adam without the bias correction")
     */
    public record KnownRule(OptimizerRule engine, String rules, Note note, String how) {
        public KnownRule {
            if ((engine == null) == (rules == null || rules.isBlank())) {
                throw new IllegalArgumentException("a known rule is either an engine optimizer or written-out rules");
            }
            rules = rules == null ? "" : rules;
        }

        /** A mistake that behaves like another engine optimizer with the same hyperparameters. */
        public static KnownRule engine(OptimizerRule engine, Note note, String how) {
            return new KnownRule(engine, "", note, how);
        }

        /** A mistake written out as update rules. */
        public static KnownRule rules(String rules, Note note, String how) {
            return new KnownRule(null, rules, note, how);
        }
    }

    public OptimizerRuleCheck {
        runs = List.copyOf(runs);
        mistakes = List.copyOf(mistakes);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("an update-rule check needs at least one run");
        }
        Set<String> names = new HashSet<>(rule.hyperparameters());
        for (Run r : runs) {
            if (!r.hyperparameters().keySet().equals(names)) {
                throw new IllegalArgumentException(
                        "a run must give exactly the hyperparameters " + rule.hyperparameters());
            }
        }
        for (KnownRule k : mistakes) {
            if (k.engine() != null && !new HashSet<>(k.engine().hyperparameters()).equals(names)) {
                throw new IllegalArgumentException(k.engine() + " does not take the hyperparameters of " + rule);
            }
        }
    }

    /**
     * The names an assignment may read: x, g, the state and derived quantities, the hyperparameters and t (lines
     * may also introduce names of their own).
     */
    public List<String> variables() {
        List<String> names = new java.util.ArrayList<>(List.of("x", "g"));
        names.addAll(rule.state());
        names.addAll(rule.derived());
        names.addAll(rule.hyperparameters());
        names.add("t");
        return names;
    }

    @Override
    public AnswerType answerType() {
        return AnswerType.UPDATE_RULE;
    }
}
