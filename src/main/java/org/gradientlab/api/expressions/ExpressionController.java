package org.gradientlab.api.expressions;

import org.gradientlab.api.ApiException;
import org.gradientlab.api.ApiJson;
import org.gradientlab.api.ExpressionInput;
import org.gradientlab.api.Fields;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Evaluates and differentiates typed expressions with the engine. */
@RestController
class ExpressionController {

    private final ApiJson json;

    ExpressionController(ApiJson json) {
        this.json = json;
    }

    @PostMapping("/api/v1/evaluate")
    EvaluateResponse evaluate(@RequestBody(required = false) byte[] body) {
        EvaluateRequest request = json.read(body, EvaluateRequest.class);
        Variables variables = Fields.variables(request.variables(), "variables");
        Expression expression = ExpressionInput.parse(request.expression(), variables, "expression");
        double[] at = Fields.numbers(request.at(), "at");
        if (at.length != variables.size()) {
            throw ApiException.badRequest("The field 'at' has " + at.length + " values but 'variables' names "
                    + variables.size() + "; give one value per variable, in the same order.");
        }
        CompiledFunction f = CompiledFunction.compile(expression.tree(), variables.names());
        double[] gradient = new double[at.length];
        double value = f.valueAndGradient(at, gradient);
        return new EvaluateResponse(value, gradient, expression.toText(), expression.toLatex());
    }

    @PostMapping("/api/v1/differentiate")
    DifferentiateResponse differentiate(@RequestBody(required = false) byte[] body) {
        DifferentiateRequest request = json.read(body, DifferentiateRequest.class);
        String variable = Fields.required(request.variable(), "variable");
        Expression derivative = ExpressionInput.parse(request.expression(), withVariable(variable), "expression")
                .derivative(variable);
        return new DifferentiateResponse(new DifferentiateResponse.Printed(derivative.toText(), derivative.toLatex()));
    }

    /** The default variables, and {@code variable} if it is not one of them. */
    private static Variables withVariable(String variable) {
        if (Variables.DEFAULT.contains(variable)) {
            return Variables.DEFAULT;
        }
        try {
            return Variables.DEFAULT.plus(variable);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The field 'variable' is not valid: " + e.getMessage() + ".");
        }
    }
}
