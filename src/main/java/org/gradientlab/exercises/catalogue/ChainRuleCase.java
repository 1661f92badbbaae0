package org.gradientlab.exercises.catalogue;

import java.util.List;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Domain;

/**
 * One composite function f = g(u(x)) of the chain-rule exercise, with the pieces the explanation, hints and
 * solution name, its derivative as a person would type it, and the wrong answers the self-test feeds in.
 */
record ChainRuleCase(
        String function,
        String functionLatex,
        String outerLatex,
        String outerDerivativeLatex,
        String innerLatex,
        String innerDerivativeLatex,
        String derivative,
        String derivativeLatex,
        Domain.Interval domain,
        List<CannedAnswer> canned) {

    ChainRuleCase {
        canned = List.copyOf(canned);
    }
}
