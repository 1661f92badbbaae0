package org.gradientlab.engine.optim;

import java.util.Optional;

/**
 * The two ways Nesterov momentum is written. They are one method seen through a change of variables:
 * with the look-ahead form's x and v, PyTorch's parameter is p = x + βv (the look-ahead point itself)
 * and, for a constant α, its buffer is b = −v/α. Both start with zero velocity, so p_0 = x_0.
 * Substituting gives PyTorch's rule {@code b ← βb + ∇f(p), p ← p − α(∇f(p) + βb)}.
 */
public enum NesterovForm {
    /** PyTorch's {@code SGD(momentum=β, nesterov=True)}; the iterate is the look-ahead point p. */
    PYTORCH("pytorch"),
    /** {@code v ← βv − α∇f(x + βv), x ← x + v}: the gradient is taken at the look-ahead point x + βv. */
    LOOKAHEAD("lookahead");

    private final String apiName;

    NesterovForm(String apiName) {
        this.apiName = apiName;
    }

    /** The name used by the HTTP API ({@code pytorch}, {@code lookahead}). */
    public String apiName() {
        return apiName;
    }

    /** The form with this API name. */
    public static Optional<NesterovForm> fromApiName(String name) {
        for (NesterovForm form : values()) {
            if (form.apiName.equals(name)) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }
}
