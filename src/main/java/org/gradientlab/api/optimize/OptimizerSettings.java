package org.gradientlab.api.optimize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gradientlab.api.ApiException;
import org.gradientlab.api.Fields;
import org.gradientlab.engine.optim.AdamVariant;
import org.gradientlab.engine.optim.MomentumForm;
import org.gradientlab.engine.optim.NesterovForm;
import org.gradientlab.engine.optim.OptimizerSpec;

/**
 * The request's {@code optimizer}: a method name, the learning rate α (required) and the method's own
 * hyperparameters, each defaulting to {@code torch.optim}'s value (momentum β 0.9, AdaGrad ε 1e-10, RMSProp ρ 0.99
 * and ε 1e-8, Adam β1 0.9, β2 0.999, ε 1e-8, weight decay 0.01 for AdamW and Adam + L2, L-BFGS memory 10). A
 * hyperparameter the method does not have is refused, so a misplaced setting is never silently ignored.
 */
record OptimizerSettings(
        String name,
        Double lr,
        Double beta,
        String momentumForm,
        String nesterovForm,
        Double beta1,
        Double beta2,
        Double eps,
        Double rho,
        Double weightDecay,
        Integer memory) {

    private static final double MOMENTUM_BETA = 0.9;
    private static final double DEFAULT_WEIGHT_DECAY = 0.01;
    private static final int LBFGS_MEMORY = 10;
    /** L-BFGS allocates memory × n numbers up front; more pairs than this buys nothing in a 16-variable run. */
    static final int MAX_LBFGS_MEMORY = 100;

    /** Each method and the hyperparameters it takes besides {@code lr}, in the API's names. */
    private static final Map<String, Set<String>> METHODS = methods();

    private static Map<String, Set<String>> methods() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("gd", Set.of());
        m.put("momentum", Set.of("beta", "momentumForm"));
        m.put("nesterov", Set.of("beta", "nesterovForm"));
        m.put("adagrad", Set.of("eps"));
        m.put("rmsprop", Set.of("rho", "eps"));
        m.put("adam", Set.of("beta1", "beta2", "eps"));
        m.put("amsgrad", Set.of("beta1", "beta2", "eps"));
        m.put("adamw", Set.of("beta1", "beta2", "eps", "weightDecay"));
        m.put("adam-l2", Set.of("beta1", "beta2", "eps", "weightDecay"));
        m.put("newton", Set.of());
        m.put("lbfgs", Set.of("memory"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The method names, in the order the documentation lists them. */
    static List<String> names() {
        return List.copyOf(METHODS.keySet());
    }

    /** The engine's spec; hyperparameter values are checked by the engine when the optimizer is created. */
    OptimizerSpec toSpec() {
        String method = Fields.required(name, "optimizer.name");
        Set<String> own = METHODS.get(method);
        if (own == null) {
            throw ApiException.badRequest("Unknown optimizer '" + method + "'; the optimizers are "
                    + String.join(", ", METHODS.keySet()) + ".");
        }
        double alpha = Fields.required(lr, "optimizer.lr");
        given().forEach(field -> {
            if (!own.contains(field)) {
                throw ApiException.badRequest("The field 'optimizer." + field + "' does not apply to " + method
                        + (own.isEmpty()
                                ? ", which takes only lr."
                                : "; it takes lr, "
                                        + String.join(
                                                ", ", own.stream().sorted().toList()) + "."));
            }
        });
        return switch (method) {
            case "gd" -> OptimizerSpec.gradientDescent(alpha);
            case "momentum" ->
                new OptimizerSpec.Momentum(
                        alpha,
                        or(beta, MOMENTUM_BETA),
                        form(
                                momentumForm,
                                "momentumForm",
                                MomentumForm.VELOCITY,
                                MomentumForm::fromApiName,
                                MomentumForm.values(),
                                MomentumForm::apiName));
            case "nesterov" ->
                new OptimizerSpec.Nesterov(
                        alpha,
                        or(beta, MOMENTUM_BETA),
                        form(
                                nesterovForm,
                                "nesterovForm",
                                NesterovForm.PYTORCH,
                                NesterovForm::fromApiName,
                                NesterovForm.values(),
                                NesterovForm::apiName));
            case "adagrad" ->
                new OptimizerSpec.AdaGrad(
                        alpha, or(eps, OptimizerSpec.adaGrad(alpha).epsilon()));
            case "rmsprop" -> {
                OptimizerSpec.RmsProp d = OptimizerSpec.rmsProp(alpha);
                yield new OptimizerSpec.RmsProp(alpha, or(rho, d.rho()), or(eps, d.epsilon()));
            }
            case "adam" -> adam(OptimizerSpec.adam(alpha), AdamVariant.ADAM, 0);
            case "amsgrad" -> adam(OptimizerSpec.amsGrad(alpha), AdamVariant.AMSGRAD, 0);
            case "adamw" -> adam(OptimizerSpec.adamW(alpha), AdamVariant.ADAMW, decay());
            case "adam-l2" -> adam(OptimizerSpec.adam(alpha), AdamVariant.ADAM_L2, decay());
            case "newton" -> new OptimizerSpec.Newton(alpha);
            case "lbfgs" -> new OptimizerSpec.Lbfgs(alpha, lbfgsMemory());
            default -> throw new IllegalStateException("method table and switch disagree on " + method);
        };
    }

    private OptimizerSpec adam(OptimizerSpec.Adam defaults, AdamVariant variant, double decay) {
        return new OptimizerSpec.Adam(
                defaults.learningRate(),
                or(beta1, defaults.beta1()),
                or(beta2, defaults.beta2()),
                or(eps, defaults.epsilon()),
                variant,
                decay);
    }

    /** λ for AdamW and Adam + L2: the same default for both, so that the two contrast directly. */
    private double decay() {
        return or(weightDecay, DEFAULT_WEIGHT_DECAY);
    }

    private int lbfgsMemory() {
        if (memory == null) {
            return LBFGS_MEMORY;
        }
        if (memory > MAX_LBFGS_MEMORY) {
            throw ApiException.badRequest(
                    "The field 'optimizer.memory' is " + memory + "; the limit is " + MAX_LBFGS_MEMORY + ".");
        }
        return memory;
    }

    /** The names of the hyperparameters given besides name and lr. */
    private List<String> given() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("beta", beta);
        fields.put("momentumForm", momentumForm);
        fields.put("nesterovForm", nesterovForm);
        fields.put("beta1", beta1);
        fields.put("beta2", beta2);
        fields.put("eps", eps);
        fields.put("rho", rho);
        fields.put("weightDecay", weightDecay);
        fields.put("memory", memory);
        return fields.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    private static <F> F form(
            String given,
            String field,
            F fallback,
            Function<String, java.util.Optional<F>> lookup,
            F[] all,
            Function<F, String> apiName) {
        if (given == null) {
            return fallback;
        }
        return lookup.apply(given)
                .orElseThrow(() -> ApiException.badRequest("Unknown optimizer." + field + " '"
                        + given + "'; the forms are "
                        + String.join(
                                ", ", java.util.Arrays.stream(all).map(apiName).toList())
                        + "."));
    }
}
