package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.exercises.OptimizerRule;
import org.gradientlab.exercises.OptimizerRuleCheck;

/** The prompt, explanation, hints and worked solution of the implement-optimizer exercise. */
final class ImplementOptimizerTexts {

    private ImplementOptimizerTexts() {}

    static String prompt(UpdateRuleRecipe recipe, OptimizerRuleCheck.Run shown) {
        OptimizerRule rule = recipe.rule();
        StringBuilder template = new StringBuilder();
        for (String target : rule.templateTargets()) {
            template.append(target).append(" = …\n");
        }
        List<String> state = rule.state().stream().map(s -> "`" + s + "`").toList();
        return """
                Write one update of %s as assignments, one per line, in this order:

                ```
                %s```

                The right-hand sides may use `x` (the current point), `g` (the gradient $\\nabla f(x)$, taken before \
                the update), `t` (the update count: 1 for the first update), the state %s (it starts at 0 and \
                carries over from one update to the next) and the hyperparameters %s. Write everything coordinate \
                by coordinate: `g^2` is the element-wise square and `sqrt(v)` the element-wise root.

                Your rules run side by side with the engine's %s for %d updates on $f = %s$ from $%s$ with %s, \
                and on two more functions with other hyperparameter values.
                """.formatted(
                        rule.displayName(),
                        template,
                        String.join(", ", state),
                        names(rule),
                        rule.displayName(),
                        shown.steps(),
                        formula(landscape(shown)),
                        start(shown),
                        settings(shown.hyperparameters()));
    }

    static String explanation(UpdateRuleRecipe recipe) {
        return """
                An optimizer is a rule that turns the gradient $g = \\nabla f(x)$ at the current point into a step. \
                Plain gradient descent needs nothing else: $x \\leftarrow x - \\alpha g$. The methods that work \
                better on ravines and badly scaled problems keep **state** between updates — a running velocity, \
                or running averages of $g$ and $g^2$ — and use it to choose the step. Written out one coordinate at \
                a time (every operation below acts element-wise), %s is

                $$\\begin{aligned} %s \\end{aligned}$$

                %s
                """.formatted(recipe.rule().displayName(), recipe.latex(), convention(recipe.rule()));
    }

    private static String convention(OptimizerRule rule) {
        return switch (rule) {
            case MOMENTUM_VELOCITY, MOMENTUM_HEAVY_BALL, MOMENTUM_EMA ->
                """
                    Momentum is written in three ways, and this exercise uses the **%s**. The velocity form \
                    ($v \\leftarrow \\beta v - \\alpha g,\\ x \\leftarrow x + v$) and the heavy-ball form \
                    ($v \\leftarrow \\beta v + g,\\ x \\leftarrow x - \\alpha v$, PyTorch's `SGD(momentum=β)`) move \
                    x identically when α is constant — only v is scaled differently, $v_{\\text{velocity}} = \
                    -\\alpha\\, v_{\\text{heavy ball}}$. The EMA form ($v \\leftarrow \\beta v + (1-\\beta) g,\\ \
                    x \\leftarrow x - \\alpha v$) averages the gradients instead of summing them, so it is heavy \
                    ball with the smaller step $\\alpha(1-\\beta)$. Always say which form you mean.
                    """.formatted(rule.displayName().replace("momentum (", "").replace(")", ""));
            case ADAGRAD -> """
                    AdaGrad divides each coordinate's step by the root of the sum of all its squared gradients so \
                    far, so coordinates with steep slopes take smaller steps. The sum only grows, so the steps keep \
                    shrinking. $\\varepsilon$ is added **after** the square root, only to avoid dividing by zero.
                    """;
            case RMSPROP -> """
                    RMSProp replaces AdaGrad's ever-growing sum with an exponential average $s$ of the squared \
                    gradients, so the step size adapts to the recent slope instead of shrinking for ever. \
                    $\\varepsilon$ is added **after** the square root.
                    """;
            case GRADIENT_DESCENT -> "";
            case ADAM, ADAM_L2 -> adam("");
            case ADAMW -> adam("""
                     AdamW adds **decoupled** weight decay: $\\lambda x$ is subtracted next to the Adam step, outside \
                    the adaptive scaling (as `torch.optim.AdamW` does). Adding $\\lambda x$ to the gradient instead \
                    (L2 regularisation, `torch.optim.Adam(weight_decay=λ)`) is a different method: the decay then \
                    passes through $\\hat v$ and is shrunk for exactly the weights with large gradients.""");
        };
    }

    private static String adam(String decay) {
        return """
                Adam keeps exponential averages $m$ of the gradients and $v$ of their squares. Both start at 0, so \
                early on they are too small by the factors $1-\\beta_1^t$ and $1-\\beta_2^t$; the **bias \
                correction** divides them out (at $t = 1$, $\\hat m = m/(1-\\beta_1) = g$). $\\varepsilon$ is \
                added **after** the square root, as in `torch.optim.Adam`.""" + decay + "\n";
    }

    static List<String> hints(UpdateRuleRecipe recipe) {
        OptimizerRule rule = recipe.rule();
        List<String> hints = new ArrayList<>();
        hints.add("Each line assigns one name, and later lines see its new value. The state ("
                + String.join(", ", rule.state()) + ") starts at 0, and its line uses its old value on the right: "
                + "`" + rule.state().getFirst() + " = … " + rule.state().getFirst() + " …`.");
        hints.add(
                switch (rule) {
                    case GRADIENT_DESCENT -> "x moves against the gradient by α times it.";
                    case MOMENTUM_VELOCITY ->
                        "In the velocity form v already contains the step, −α included: x just adds it.";
                    case MOMENTUM_HEAVY_BALL ->
                        "In the heavy-ball form v sums gradients; α multiplies v only when x moves.";
                    case MOMENTUM_EMA -> "v is an average: the old v gets weight β and the new gradient 1 − β.";
                    case ADAGRAD, RMSPROP ->
                        "The denominator is $\\sqrt{\\cdot} + \\varepsilon$, with ε outside the root.";
                    case ADAM, ADAM_L2 ->
                        "Divide m by $1-\\beta_1^t$ and v by $1-\\beta_2^t$, with t = 1 at the first update.";
                    case ADAMW -> "The decay term $\\lambda x$ goes next to the Adam step, not into g.";
                });
        hints.add("The last line updates x: `"
                + recipe.model().lines().reduce((a, b) -> b).orElseThrow() + "`.");
        return hints;
    }

    static String solution(UpdateRuleRecipe recipe, OptimizerRuleCheck.Run shown) {
        Landscape f = landscape(shown);
        double[] x = shown.start().stream().mapToDouble(Double::doubleValue).toArray();
        double[] g = new double[x.length];
        f.valueAndGradient(x, g);
        Optimizer optimizer = recipe.rule().spec(shown.hyperparameters()).create();
        optimizer.step(x, f);
        return """
                $$\\begin{aligned} %s \\end{aligned}$$

                typed as

                ```
                %s
                ```

                On $f = %s$ from $%s$ the first gradient is $g = %s$, and with %s the first update moves x to \
                $%s$.
                """.formatted(
                        recipe.latex(),
                        recipe.model(),
                        formula(f),
                        start(shown),
                        Figures.point(g),
                        settings(shown.hyperparameters()),
                        Figures.point(x));
    }

    private static Landscape landscape(OptimizerRuleCheck.Run run) {
        return Landscapes.byId(run.landscape()).orElseThrow();
    }

    /** f in LaTeX, as the engine prints the landscape's formula. */
    static String formula(Landscape f) {
        return Expression.parse(f.formula(), new Variables(f.variables())).toLatex();
    }

    private static String start(OptimizerRuleCheck.Run run) {
        return Figures.point(
                run.start().stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static String names(OptimizerRule rule) {
        return String.join(
                ", ",
                rule.hyperparameters().stream()
                        .map(h -> "`" + h + "` ($" + symbol(h) + "$)")
                        .toList());
    }

    static String settings(Map<String, Double> values) {
        List<String> out = new ArrayList<>();
        values.forEach((k, v) -> out.add("$" + symbol(k) + " = " + Figures.latex(v) + "$"));
        return String.join(", ", out);
    }

    private static String symbol(String name) {
        return switch (name) {
            case "lr" -> "\\alpha";
            case "beta" -> "\\beta";
            case "beta1" -> "\\beta_1";
            case "beta2" -> "\\beta_2";
            case "rho" -> "\\rho";
            case "eps" -> "\\varepsilon";
            case "wd" -> "\\lambda";
            default -> name;
        };
    }
}
