package org.gradientlab.engine.optim;

import java.util.Optional;

/**
 * The three ways momentum is written in course material. With a constant α, {@link #VELOCITY} and
 * {@link #HEAVY_BALL} produce the same iterates (only v is rescaled: v_velocity = −α·v_heavy), and
 * {@link #EMA} equals heavy ball run with α(1−β). Under a schedule α_k multiplies exactly where each
 * form writes α, so the velocity form differs from the other two: it stores each α_k inside v and earlier
 * rates persist, while heavy ball and EMA apply the current α_k to the whole buffer. (EMA stays heavy
 * ball with α(1−β) even then, because its v is (1−β) times the heavy-ball buffer whatever the rates.)
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
