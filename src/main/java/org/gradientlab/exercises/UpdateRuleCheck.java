package org.gradientlab.exercises;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Update rules (one assignment per line, {@code name = formula}) judged by running them: the student's rules and
 * the {@code reference} rules are applied side by side, coordinate by coordinate, for {@code steps} updates from
 * each start on each engine landscape, and must agree on the parameter {@code x} and every state variable after
 * every update. A student's run that follows one of the {@code mistakes} instead earns its note
 * ({@code missing-bias-correction}, {@code eps-inside-sqrt}, {@code l2-not-decoupled} …).
 *
 * <p>In a formula the names are: {@code x} (the coordinate being updated), {@code g} (its gradient at the current
 * point), {@code t} (the update number, 1 for the first), the state variables, the constants, and any name assigned
 * on an earlier line of the same update. Lines run in order; the rules must assign {@code x}.
 *
 * @param reference the correct rules
 * @param state     state variables and their starting values (e.g. m = 0, v = 0), in display order
 * @param constants hyperparameters by name (lr, beta1, beta2, eps …)
 * @param runs      where the rules are run: an engine landscape id with a start point
 * @param steps     updates per run
 * @param tolerance how closely each value must agree
 * @param mistakes  anticipated wrong rules and the notes they earn
 */
public record UpdateRuleCheck(
        String reference,
        Map<String, Double> state,
        Map<String, Double> constants,
        List<Run> runs,
        int steps,
        Tolerance tolerance,
        List<KnownRuleMistake> mistakes)
        implements Check {

    /**
     * One test run.
     *
     * @param landscape an engine landscape id
     * @param start     its start point
     */
    public record Run(String landscape, List<Double> start) {
        public Run {
            start = List.copyOf(start);
        }
    }

    /**
     * Wrong rules that reveal a misconception.
     *
     * @param rules the wrong rules, same format
     * @param note  the note they earn
     * @param how   what the mistake is, in plain text (shown as "Your answer matches …")
     */
    public record KnownRuleMistake(String rules, Note note, String how) {}

    /** The names every formula may use besides the state, the constants and earlier assignments. */
    public static final List<String> BUILT_IN = List.of("x", "g", "t");

    public UpdateRuleCheck {
        state = Collections.unmodifiableMap(new LinkedHashMap<>(state));
        constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
        runs = List.copyOf(runs);
        mistakes = List.copyOf(mistakes);
        if (runs.isEmpty() || steps < 1) {
            throw new IllegalArgumentException("an update-rule check needs at least one run of at least one step");
        }
    }

    /** Every name a formula may use before any assignment: x, g, t, the state, the constants. */
    public List<String> names() {
        List<String> names = new ArrayList<>(BUILT_IN);
        names.addAll(state.keySet());
        names.addAll(constants.keySet());
        return names;
    }

    @Override
    public AnswerType answerType() {
        return AnswerType.UPDATE_RULE;
    }
}
