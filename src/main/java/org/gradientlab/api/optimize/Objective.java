package org.gradientlab.api.optimize;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gradientlab.api.ApiException;
import org.gradientlab.api.ExpressionInput;
import org.gradientlab.api.Fields;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.engine.function.TwiceDifferentiableFunction;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;

/**
 * What a run minimises: a catalogue landscape (closed-form gradient and Hessian, known minimiser and f*) or a
 * typed function compiled for reverse-mode differentiation, with its exact Hessian for Newton's method.
 *
 * @param function  f with its gradient and Hessian
 * @param variables the coordinate order
 * @param minimum   f*, when known
 * @param minimiser the global minimiser, when known
 */
record Objective(
        TwiceDifferentiableFunction function,
        List<String> variables,
        OptionalDouble minimum,
        Optional<double[]> minimiser) {

    /** The objective named by the request's {@code function} or {@code landscape} (exactly one). */
    static Objective of(OptimizeRequest request) {
        if ((request.function() == null) == (request.landscape() == null)) {
            throw ApiException.badRequest("Give exactly one of 'function' (an expression) and 'landscape' " + "(one of "
                    + landscapeIds() + ").");
        }
        return request.landscape() != null
                ? landscape(request.landscape(), request.variables())
                : function(request.function(), request.variables());
    }

    private static Objective landscape(String id, List<String> variables) {
        Landscape landscape = Landscapes.byId(id)
                .orElseThrow(() -> ApiException.badRequest(
                        "Unknown landscape '" + id + "'; the landscapes are " + landscapeIds() + "."));
        if (variables != null && !variables.equals(landscape.variables())) {
            throw ApiException.badRequest("The landscape " + id + " has the variables " + landscape.variables()
                    + "; leave out 'variables' or give exactly these.");
        }
        return new Objective(landscape, landscape.variables(), landscape.minimumValue(), landscape.globalMinimiser());
    }

    private static Objective function(String text, List<String> names) {
        Expression expression;
        List<String> order;
        if (names != null) {
            Variables variables = Fields.variables(names, "variables");
            expression = ExpressionInput.parse(text, variables, "function");
            order = variables.names();
        } else {
            expression = ExpressionInput.parse(text, Variables.DEFAULT, "function");
            order = expression.usedVariables();
            if (order.isEmpty()) {
                throw ApiException.badRequest(
                        "The function uses no variable: name the variables to optimise in " + "'variables'.");
            }
        }
        CompiledFunction compiled = CompiledFunction.compile(expression.tree(), order);
        return new Objective(new ExactHessian(compiled), order, OptionalDouble.empty(), Optional.empty());
    }

    private static String landscapeIds() {
        return String.join(", ", Landscapes.all().stream().map(Landscape::id).toList());
    }

    /** A compiled expression with its exact Hessian by forward-over-reverse differentiation. */
    private record ExactHessian(CompiledFunction compiled) implements TwiceDifferentiableFunction {

        @Override
        public int dimension() {
            return compiled.dimension();
        }

        @Override
        public double value(double[] x) {
            return compiled.value(x);
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            return compiled.valueAndGradient(x, gradient);
        }

        @Override
        public void hessian(double[] x, double[][] hessian) {
            compiled.hessian(x, hessian);
        }
    }
}
