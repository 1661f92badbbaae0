package org.gradientlab.engine.optim;

import java.util.Optional;

/**
 * The three ways momentum is written in course material. With a constant α, {@link #VELOCITY} and
 * {@link #HEAVY_BALL} produce the same iterates (only v is rescaled: v_velocity = −α·v_heavy), and
 * {@link #EMA} equals heavy ball run with α(1−β). Under a schedule they differ, because α_k multiplies
 * exactly where each form writes α.
 */
public enum MomentumForm {
    /** {@code v ← βv − αg, x ← x + v}. */
    VELOCITY("velocity"),
    /** {@code v ← βv + g, x ← x − αv}: PyTorch's {@code SGD(momentum=β)}. */
    HEAVY_BALL("heavy-ball"),
    /** {@code v ← βv + (1−β)g, x ← x − αv}: v is an exponential average of gradients. */
    EMA("ema");

    private final String apiName;

    MomentumForm(String apiName) {
        this.apiName = apiName;
    }

    /** The name used by the HTTP API ({@code velocity}, {@code heavy-ball}, {@code ema}). */
    public String apiName() {
        return apiName;
    }

    /** The form with this API name. */
    public static Optional<MomentumForm> fromApiName(String name) {
        for (MomentumForm form : values()) {
            if (form.apiName.equals(name)) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }
}
