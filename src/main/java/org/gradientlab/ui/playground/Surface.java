package org.gradientlab.ui.playground;

import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.engine.function.TwiceDifferentiableFunction;

/**
 * The function being raced on, f(x, y), compiled once for fast value and gradient. Each run gets its own
 * {@link #function()} (the compiled form reuses its tapes, so one instance must not serve two runs at once);
 * it offers the exact Hessian, so Newton's method needs no finite differences.
 */
final class Surface {

    /** The playground's variables, in coordinate order. */
    static final Variables VARIABLES = Variables.of("x", "y");

    private final Expression expression;
    private final CompiledFunction compiled;

    private Surface(Expression expression) {
        this.expression = expression;
        this.compiled = CompiledFunction.compile(expression.tree(), VARIABLES.names());
    }

    static Surface of(Expression expression) {
        return new Surface(expression);
    }

    Expression expression() {
        return expression;
    }

    /** f for one run: a private copy of the compiled form. */
    TwiceDifferentiableFunction function() {
        return new Exact(compiled.copy());
    }

    /** The compiled form behind {@link #function()}, with its exact second derivatives. */
    private record Exact(CompiledFunction f) implements TwiceDifferentiableFunction {

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] x) {
            return f.value(x);
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            return f.valueAndGradient(x, gradient);
        }

        @Override
        public void hessian(double[] x, double[][] hessian) {
            f.hessian(x, hessian);
        }
    }
}
