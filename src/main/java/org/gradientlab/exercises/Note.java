package org.gradientlab.exercises;

import java.util.Optional;

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
    OVER_BUDGET("over-budget"),
    /**
     * A gradient was overwritten (=) instead of accumulated (+=) at a node used by several operations (fan-out), so
     * only one path's contribution is left.
     */
    OVERWROTE_GRADIENT("overwrote-gradient"),
    /**
     * A node's local derivative was given without the gradient flowing into it from above (the chain rule's other
     * factor).
     */
    MISSING_UPSTREAM_GRADIENT("missing-upstream-gradient"),
    /**
     * The forward difference was used where the central one is meant, or the reverse (or the step that suits the
     * other one).
     */
    WRONG_DIFFERENCE_SCHEME("wrong-difference-scheme"),
    /**
     * A local minimum was taken for the global one, or gradient descent was assumed to find the global minimum from
     * any start.
     */
    LOCAL_MINIMUM_AS_GLOBAL("local-minimum-as-global"),
    /** A running average weighted wrongly: β and 1 − β swapped, or the 1 − β factor left out. */
    WRONG_DECAY("wrong-decay"),
    /** The gradient g used where its square g² belongs (a second moment, a sum of squares). */
    MISSING_SQUARE("missing-square"),
    /** Divided by the second moment itself instead of its square root. */
    MISSING_SQRT("missing-sqrt"),
    /** Another momentum convention than the one asked for (velocity, heavy-ball and EMA forms differ). */
    MOMENTUM_FORM("momentum-form"),
    /** Gradient descent's stability bound 2/λmax given where momentum widens it to (2 + 2β)/λmax. */
    MOMENTUM_IGNORED("momentum-ignored");

    private final String key;

    Note(String key) {
        this.key = key;
    }

    /** The stable kebab-case key stored with attempts and sent by the API. */
    public String key() {
        return key;
    }

    /** The note with this key, if there is one. */
    public static Optional<Note> byKey(String key) {
        for (Note n : values()) {
            if (n.key.equals(key)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
