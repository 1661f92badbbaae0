package org.gradientlab.exercises.catalogue;

import java.util.List;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;

/** Turns the formulas the exercises write (in the expression language) into the engine's compiled functions. */
final class Formulas {

    private Formulas() {}

    /** f as a differentiable function of {@code variables}, in that order. */
    static CompiledFunction compile(String formula, List<String> variables) {
        return CompiledFunction.compile(
                Expression.parse(formula, new Variables(variables)).tree(), variables);
    }

    /** The formula's LaTeX, as the engine prints it. */
    static String latex(String formula, List<String> variables) {
        return Expression.parse(formula, new Variables(variables)).toLatex();
    }
}
