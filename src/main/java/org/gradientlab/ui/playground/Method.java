package org.gradientlab.ui.playground;

import static org.gradientlab.ui.playground.Hyperparameter.BETA;
import static org.gradientlab.ui.playground.Hyperparameter.BETA1;
import static org.gradientlab.ui.playground.Hyperparameter.BETA2;
import static org.gradientlab.ui.playground.Hyperparameter.EPSILON;
import static org.gradientlab.ui.playground.Hyperparameter.MEMORY;
import static org.gradientlab.ui.playground.Hyperparameter.MOMENTUM_FORM;
import static org.gradientlab.ui.playground.Hyperparameter.NESTEROV_FORM;
import static org.gradientlab.ui.playground.Hyperparameter.RHO;
import static org.gradientlab.ui.playground.Hyperparameter.WEIGHT_DECAY;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The optimizers a racer can be, each with the hyperparameters it has (besides α, clipping and the schedule),
 * a starting learning rate for a new racer, and its name in links (the HTTP API's names).
 */
enum Method {
    GD("gd", 0.1),
    MOMENTUM("momentum", 0.05, BETA, MOMENTUM_FORM),
    NESTEROV("nesterov", 0.05, BETA, NESTEROV_FORM),
    ADAGRAD("adagrad", 0.5, EPSILON),
    RMSPROP("rmsprop", 0.01, RHO, EPSILON),
    ADAM("adam", 0.05, BETA1, BETA2, EPSILON),
    AMSGRAD("amsgrad", 0.05, BETA1, BETA2, EPSILON),
    ADAMW("adamw", 0.05, BETA1, BETA2, EPSILON, WEIGHT_DECAY),
    ADAM_L2("adam-l2", 0.05, BETA1, BETA2, EPSILON, WEIGHT_DECAY),
    NEWTON("newton", 1),
    LBFGS("lbfgs", 1, MEMORY);

    private final String apiName;
    private final double suggestedRate;
    private final Set<Hyperparameter> hyperparameters;

    Method(String apiName, double suggestedRate, Hyperparameter... hyperparameters) {
        this.apiName = apiName;
        this.suggestedRate = suggestedRate;
        this.hyperparameters = hyperparameters.length == 0
                ? EnumSet.noneOf(Hyperparameter.class)
                : EnumSet.of(hyperparameters[0], hyperparameters);
    }

    /** The name in links and in the HTTP API ({@code gd}, {@code adam-l2}, …). */
    String apiName() {
        return apiName;
    }

    /** The learning rate a new racer of this kind starts with. */
    double suggestedRate() {
        return suggestedRate;
    }

    /** Whether this optimizer has the setting. */
    boolean has(Hyperparameter hyperparameter) {
        return hyperparameters.contains(hyperparameter);
    }

    /** The method with this API name. */
    static Optional<Method> fromApiName(String name) {
        for (Method method : values()) {
            if (method.apiName.equals(name)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
