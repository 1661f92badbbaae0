package org.gradientlab.engine.optim;

/**
 * The members of the Adam family, all as in {@code torch.optim}: m ← β1·m + (1−β1)g,
 * v ← β2·v + (1−β2)g², and x ← x − (α/(1−β1^t))·m/(√v/√(1−β2^t) + ε), i.e. α·m̂/(√v̂ + ε) with ε
 * outside the root.
 */
public enum AdamVariant {
    /** {@code torch.optim.Adam}. */
    ADAM("adam"),
    /** {@code torch.optim.Adam(amsgrad=True)}: v̂ uses the running maximum of v. */
    AMSGRAD("amsgrad"),
    /** {@code torch.optim.AdamW}: decoupled decay, x ← x − αλx before the Adam step. */
    ADAMW("adamw"),
    /** {@code torch.optim.Adam(weight_decay=λ)}: L2 decay, g ← g + λx inside the moments. */
    ADAM_L2("adam-l2");

    private final String apiName;

    AdamVariant(String apiName) {
        this.apiName = apiName;
    }

    /** The optimizer name used by the HTTP API. */
    public String apiName() {
        return apiName;
    }

    boolean decays() {
        return this == ADAMW || this == ADAM_L2;
    }
}
