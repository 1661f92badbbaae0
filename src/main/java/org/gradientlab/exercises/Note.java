package org.gradientlab.exercises;

/**
 * The shared vocabulary of feedback notes (DESIGN §5): each names a misconception or a kind of mistake, is
 * recorded with the attempt for the instructor's analytics, and is shown to the student through a message. The
 * kebab-case {@link #key()} is stable: add keys, never rename one.
 */
public enum Note {
    /** The outer function was differentiated but the inner derivative was left out. */
    MISSING_INNER_DERIVATIVE("missing-inner-derivative"),
    /** Right up to a constant factor (×2, ×½, ×n, ×1/n …). */
    CONSTANT_FACTOR("constant-factor"),
    /** Right up to the sign. */
    SIGN_ERROR("sign-error"),
    /** Right up to an added constant. */
    EXTRA_CONSTANT("extra-constant"),
    /** The outer function's derivative is wrong (sin' = −cos, ln' = ln, a power rule slip …). */
    WRONG_OUTER_DERIVATIVE("wrong-outer-derivative"),
    /** An antiderivative was given where a derivative was asked for. */
    INTEGRATED_INSTEAD("integrated-instead"),
    /** One term of a sum is missing. */
    DROPPED_TERM("dropped-term"),
    /** A Jacobian laid out with rows and columns swapped (rows must be the outputs). */
    TRANSPOSED_JACOBIAN("transposed-jacobian"),
    /** At least one entry of a vector or matrix is wrong. */
    WRONG_ENTRY("wrong-entry"),
    /** 1/λ was used where 2/λ is meant (the gradient-descent stability bound). */
    ONE_OVER_LAMBDA("one-over-lambda"),
    /** Adam's moments were used without the bias correction 1/(1 − βᵗ). */
    MISSING_BIAS_CORRECTION("missing-bias-correction"),
    /** Weight decay added to the gradient (L2) where AdamW decouples it. */
    L2_NOT_DECOUPLED("l2-not-decoupled"),
    /** ε added under the square root instead of after it. */
    EPS_INSIDE_SQRT("eps-inside-sqrt"),
    /** The answer is undefined at a point where the correct one is defined. */
    UNDEFINED_AT_POINT("undefined-at-point"),
    /** The answer uses a function this exercise does not allow. */
    FORBIDDEN_FUNCTION("forbidden-function"),
    /** The answer names a variable the part does not declare. */
    UNKNOWN_VARIABLE("unknown-variable"),
    /** The function itself was given where its derivative was asked for. */
    FUNCTION_NOT_DIFFERENTIATED("function-not-differentiated"),
    /** An optimizer run with the student's settings diverged. */
    DIVERGED("diverged"),
    /** An optimizer run with the student's settings did not reach the target within its steps. */
    TARGET_NOT_REACHED("target-not-reached"),
    /** More steps were asked for than the exercise's budget allows. */
    OVER_BUDGET("over-budget");

    private final String key;

    Note(String key) {
        this.key = key;
    }

    /** The stable kebab-case key stored with attempts and sent by the API. */
    public String key() {
        return key;
    }

    /** The note with this key, if there is one. */
    public static java.util.Optional<Note> byKey(String key) {
        for (Note n : values()) {
            if (n.key.equals(key)) {
                return java.util.Optional.of(n);
            }
        }
        return java.util.Optional.empty();
    }
}
