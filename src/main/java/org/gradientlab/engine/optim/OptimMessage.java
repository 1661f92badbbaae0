package org.gradientlab.engine.optim;

import java.util.Locale;

/**
 * The keys of every message this package produces for bad input, each with its English text. The
 * arguments fill the text's {@code %s} slots in order; the UI may render the key in another language.
 */
public enum OptimMessage {
    /** Argument: the learning rate given. */
    LEARNING_RATE_INVALID("the learning rate must be a finite number ≥ 0, got %s"),
    /** Arguments: the parameter's name, the value given. */
    DECAY_RATE_OUT_OF_RANGE("%s must lie in [0, 1), got %s"),
    /** Argument: the value given. */
    EPSILON_INVALID("ε must be a finite number ≥ 0, got %s"),
    /** Argument: the value given. */
    WEIGHT_DECAY_INVALID("the weight decay must be a finite number ≥ 0, got %s"),
    /** Arguments: the Adam variant, the weight decay given. */
    WEIGHT_DECAY_UNUSED("%s applies no weight decay, so it must be 0, got %s"),
    /** Argument: the memory given. */
    MEMORY_INVALID("the L-BFGS memory must be at least 1, got %s"),
    /** Argument: the norm given. */
    CLIP_NORM_INVALID("the clipping norm must be a finite number > 0, got %s"),
    /** Arguments: the parameter's name, the value given, the requirement. */
    SCHEDULE_PARAMETER_INVALID("the schedule's %s is %s but must be %s"),
    /** Argument: the update index given. */
    UPDATE_INDEX_NEGATIVE("the update index k must be ≥ 0, got %s"),
    /** Arguments: the dimension the function expects, the length of the point given. */
    DIMENSION_MISMATCH("the function has %s variables but the point has %s coordinates"),
    /** Argument: the step budget given. */
    MAX_STEPS_INVALID("the step budget must be ≥ 0, got %s"),
    /** Argument: the threshold given. */
    THRESHOLD_INVALID("the loss threshold must be a finite number, got %s"),
    /** Argument: the tolerance given. */
    DISTANCE_INVALID("the distance tolerance must be a finite number > 0, got %s"),
    /** No arguments. */
    EIGENVALUES_MISSING("at least one Hessian eigenvalue is needed"),
    /** Argument: the offending eigenvalue. */
    EIGENVALUE_NOT_POSITIVE("the Hessian must be positive definite, but it has the eigenvalue %s");

    private final String english;

    OptimMessage(String english) {
        this.english = english;
    }

    /** The English text with {@code args} filled in. */
    public String format(Object... args) {
        return String.format(Locale.ROOT, english, args);
    }
}
