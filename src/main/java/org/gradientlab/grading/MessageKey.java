package org.gradientlab.grading;

/**
 * What a feedback message says, as a stable kebab-case key with an English template whose {@code {0}},
 * {@code {1}} … are the message's arguments. The UI may render the key in another language from the same
 * arguments; tests assert on keys.
 */
public enum MessageKey {
    // format errors (the part is invalid: nothing graded, no attempt used)
    MISSING_ANSWER("missing-answer", "This part has no answer yet."),
    WRONG_ENCODING("wrong-encoding", "This part expects {0}."),
    /** Args: the 1-based column, the engine's error key, its English text, then the engine's own arguments. */
    INVALID_EXPRESSION("invalid-expression", "{2}"),
    /** Args: the entry's 1-based index, the inner message's text, its key, then its arguments. */
    INVALID_ENTRY("invalid-entry", "Entry {0}: {1}"),
    /** Args: the 1-based row and column, the inner message's text, its key, then its arguments. */
    INVALID_CELL("invalid-cell", "Row {0}, column {1}: {2}"),
    EMPTY_ENTRY("empty-entry", "Entry {0} is empty."),
    EMPTY_CELL("empty-cell", "The cell in row {0}, column {1} is empty."),
    EMPTY_GRID("empty-grid", "The grid is empty: fill in its cells."),
    NON_FINITE_NUMBER("non-finite-number", "{0} has no finite value."),
    FORBIDDEN_FUNCTION(
            "forbidden-function", "{0} (column {1}) may not be used here: work the derivative out yourself."),
    UNKNOWN_CHOICE("unknown-choice", "''{0}'' is not one of the choices."),
    NOT_OFFERED("not-offered", "{0} is not one of the offered values ({1})."),
    MISSING_SETTING("missing-setting", "Give a value for {0}."),
    UNKNOWN_SETTING("unknown-setting", "''{0}'' is not a setting here; the settings are {1}."),
    INVALID_SETTING("invalid-setting", "{0}: {1}"),
    SETTING_OUT_OF_RANGE("setting-out-of-range", "{0} must be {1}; got {2}."),
    GRADING_FAILED(
            "grading-failed",
            "This answer could not be checked because of a fault in the grader. It is not marked wrong, no attempt "
                    + "was used, and your instructor has been told."),
    NOT_GRADED(
            "not-graded", "Not graded: another part has a format error. Fix it and submit again; no attempt was used."),

    // expressions
    DIFFERS_AT("differs-at", "At {0} your answer gives {1}, but the correct value is {2}."),
    UNDEFINED_AT("undefined-at", "Your answer is undefined at {0}, where the correct one equals {1}."),
    UNVERIFIABLE(
            "unverifiable",
            "This answer could not be checked automatically: only {0} of the {1} sample points needed were usable. "
                    + "It is not marked wrong, no attempt was used, and your instructor has been told."),
    MISSING_INNER_DERIVATIVE(
            "missing-inner-derivative", "You differentiated the outer function but forgot the inner derivative {0}."),
    WRONG_OUTER_DERIVATIVE("wrong-outer-derivative", "The derivative of {0} is {1}, not {2}."),
    CONSTANT_FACTOR("constant-factor", "Your answer is {0} times the right one: check the constant factors."),
    SIGN_ERROR("sign-error", "Your answer has the wrong sign everywhere."),
    EXTRA_CONSTANT("extra-constant", "Your answer differs from the right one by the constant {0}."),
    INTEGRATED_INSTEAD(
            "integrated-instead",
            "Differentiating your answer gives back {0}: you found an antiderivative, but the derivative is asked for."),
    DROPPED_TERM("dropped-term", "A term is missing: {0}."),
    FUNCTION_NOT_DIFFERENTIATED(
            "function-not-differentiated", "That is the function {0} itself; its derivative is asked for."),

    // numbers and sets
    INCORRECT_NUMBER("incorrect-number", "{0} is not the right value."),
    ONE_OVER_LAMBDA(
            "one-over-lambda",
            "Your answer matches {0}. Gradient descent on a quadratic converges for every α with 0 < α < 2/λmax; "
                    + "1/λmax is only the fastest step that does not oscillate along the stiffest direction."),
    KNOWN_MISTAKE("known-mistake", "Your answer matches {0}."),
    MISCLASSIFIED("misclassified", "Offered values put on the wrong side: {0} of {1}."),

    // vectors and matrices
    WRONG_ENTRY("wrong-entry", "Entry {0} is not right."),
    WRONG_CELL("wrong-cell", "The entry in row {0}, column {1} is not right."),
    WRONG_LENGTH("wrong-length", "Your vector has {0} entries; the answer has {1}."),
    WRONG_SHAPE("wrong-shape", "Your grid is {0}×{1}; the answer is {2}×{3}."),
    TRANSPOSED_JACOBIAN(
            "transposed-jacobian",
            "Rows and columns are swapped: a Jacobian has one row per output ({0} rows) and one column per variable "
                    + "({1} columns)."),

    // choices
    WRONG_CHOICE("wrong-choice", "That is not the right choice."),

    // experiments: settings judged by running the engine (args: the settings, the method, …)
    EXPERIMENT_REACHED("experiment-reached", "With {0}, {1} reaches {2} after {3} {4}."),
    EXPERIMENT_NOT_REACHED("experiment-not-reached", "With {0}, {1} ends at {2} after {3} {4}; the goal is {5}."),
    EXPERIMENT_DIVERGED("experiment-diverged", "With {0}, {1} diverges: the loss blows up after {2} {3}."),
    EXPERIMENT_BEATS("experiment-beats", "With {0}, {1} ends at f = {2} after {3} {4}, below {5}''s f = {6}."),
    EXPERIMENT_NOT_BEATEN(
            "experiment-not-beaten", "With {0}, {1} ends at f = {2} after {3} {4}, not below {5}''s f = {6}."),
    EXPERIMENT_OVER_BUDGET("experiment-over-budget", "{0} {2} is more than the budget of {1} {2}."),

    // update rules (format errors carry the 1-based line and column first)
    RULE_EMPTY("rule-empty", "Type the update rules, one assignment per line, such as m = beta1*m + (1-beta1)*g."),
    RULE_TOO_LONG("rule-too-long", "The rules have {0} assignments; at most {1} are allowed."),
    RULE_NOT_ASSIGNMENT(
            "rule-not-assignment",
            "Line {0}, column {1}: write an assignment, with one variable on the left of = and its new value on "
                    + "the right."),
    RULE_BAD_TARGET(
            "rule-bad-target",
            "Line {0}, column {1}: ''{2}'' cannot be assigned: the left of = must be "
                    + "one variable name that is not a function or a constant."),
    RULE_GIVEN_TARGET(
            "rule-given-target",
            "Line {0}, column {1}: {2} is given and stays fixed during the run; it cannot be assigned."),
    /** Args: the 1-based line and column, the engine's English text, its error key, then its arguments. */
    RULE_INVALID_EXPRESSION("rule-invalid-expression", "Line {0}, column {1}: {2}"),
    RULE_USED_BEFORE_ASSIGNED(
            "rule-used-before-assigned", "Line {0}, column {1}: {2} is used before any line of the step assigns it."),
    RULE_X_NOT_UPDATED("rule-x-not-updated", "No line assigns x: the rules must update the point x."),
    /** Args: step, variable, expected, got, the function, the start point, the hyperparameters. */
    RULE_STEP_DIFFERS(
            "rule-step-differs",
            "At step {0}, {1} should be {2} but your rules give {3} (f = {4} from {5}, with {6})."),
    /** Args: the optimizer, the first variable that differs. */
    RULE_X_AGREES(
            "rule-x-agrees",
            "Your rules move x exactly as {0} does, but {1} is not the quantity the template asks for."),
    RULE_MATCHES_MISTAKE("rule-matches-mistake", "Your rules behave exactly like {0}."),

    // optimizer runs
    RUN_REACHED("run-reached", "With α = {0}, {1} reaches f < {2} after {3} steps."),
    RUN_DIVERGED("run-diverged", "With α = {0}, {1} diverges (step {2})."),
    RUN_NOT_REACHED("run-not-reached", "With α = {0}, {1} has f = {2} after {3} steps, not below {4}."),
    OVER_BUDGET("over-budget", "{0} steps is more than the budget of {1} steps."),
    STEPS_INCORRECT("steps-incorrect", "That is not the number of steps the run with α = {0} needed to reach f < {1}."),
    STEPS_NEVER_REACHED(
            "steps-never-reached",
            "The run with your α = {0} does not reach f < {1} within {2} steps, so there is no step count to report."),

    // orders of magnitude, unordered numbers, divergence thresholds
    NOT_POSITIVE("not-positive", "The answer must be a positive number; yours is {0}."),
    TOO_LARGE_BY("too-large-by", "{0} is too large, by a factor of about {1}."),
    TOO_SMALL_BY("too-small-by", "{0} is too small, by a factor of about {1}."),
    WRONG_VALUE("wrong-value", "{0} is not one of them."),
    WRONG_COUNT("wrong-count", "You gave {0} numbers; there are {1}."),
    RUN_CONVERGED("run-converged", "With α = {0}, gradient descent converges (within {1} steps)."),
    RUN_UNDECIDED("run-undecided", "With α = {0}, gradient descent neither converges nor diverges within {1} steps."),
    THRESHOLD_CONFIRMED(
            "threshold-confirmed",
            "Gradient descent converges at α = {0} and diverges at α = {1}: your α is at the threshold."),
    THRESHOLD_CLOSE("threshold-close", "Your α is within {0} of the threshold 2/λ_max = {1}."),
    THRESHOLD_HIGHER(
            "threshold-higher",
            "Gradient descent does not diverge at α = {0}, just above your answer: the threshold is higher."),
    THRESHOLD_LOWER(
            "threshold-lower",
            "Gradient descent does not converge at α = {0}, just below your answer: the threshold is lower.");

    private final String key;
    private final String template;

    MessageKey(String key, String template) {
        this.key = key;
        this.template = template;
    }

    /** The stable key. */
    public String key() {
        return key;
    }

    /** The English template; {@code {i}} is argument i and {@code ''} a quote. */
    public String template() {
        return template;
    }

    /** This key with these arguments, rendered in English. */
    public Message with(Object... args) {
        return Message.of(this, args);
    }
}
