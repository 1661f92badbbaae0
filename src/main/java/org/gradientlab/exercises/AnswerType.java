package org.gradientlab.exercises;

/**
 * The kinds of answer a part asks for, with the name the API uses. Each type has one answer encoding
 * (DESIGN §5), checked by {@link #accepts(Answer)}.
 */
public enum AnswerType {
    /** A formula in the part's variables, as a string. */
    EXPRESSION("expression"),
    /** One number, as a string (a constant expression such as {@code 2/20} is accepted). */
    NUMBER("number"),
    /** A list of entry strings. */
    VECTOR("vector"),
    /** A list of rows of cell strings, of whatever shape the student entered. */
    MATRIX("matrix"),
    /** The id of one of the part's choices. */
    CHOICE("choice"),
    /** A set of numbers, as a list of strings (possibly empty). */
    NUMBER_SET("number-set"),
    /** Optimizer settings to run, as a map of strings ({@code {"lr": "0.01", "steps": "2000"}}). */
    SETTINGS("settings"),
    /** Update rules, one assignment per line, as one string. */
    UPDATE_RULE("update-rule");

    private final String apiName;

    AnswerType(String apiName) {
        this.apiName = apiName;
    }

    /** The name used in the API and in stored attempts. */
    public String apiName() {
        return apiName;
    }

    /** Whether {@code answer} has this type's encoding. */
    public boolean accepts(Answer answer) {
        return switch (this) {
            case EXPRESSION, NUMBER, CHOICE, UPDATE_RULE -> answer instanceof Answer.Text;
            case VECTOR, NUMBER_SET -> answer instanceof Answer.Entries;
            case MATRIX -> answer instanceof Answer.Grid;
            case SETTINGS -> answer instanceof Answer.Settings;
        };
    }
}
