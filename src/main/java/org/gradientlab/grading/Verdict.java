package org.gradientlab.grading;

/** The verdict on a part or on a whole submission, with the name the API uses. */
public enum Verdict {
    /** Fully right (score 1). */
    CORRECT("correct"),
    /** Some credit (0 &lt; score &lt; 1). */
    PARTIALLY_CORRECT("partially-correct"),
    /** No credit (score 0). */
    INCORRECT("incorrect"),
    /** A format error: nothing is graded and no attempt is used. */
    INVALID("invalid"),
    /** The answer could not be checked (too few valid sample points): no score, no attempt, never shown as wrong. */
    UNVERIFIABLE("unverifiable");

    private final String apiName;

    Verdict(String apiName) {
        this.apiName = apiName;
    }

    /** The name used in the API and in stored attempts. */
    public String apiName() {
        return apiName;
    }

    /** Whether this verdict comes with a score and uses an attempt. */
    public boolean isGraded() {
        return this == CORRECT || this == PARTIALLY_CORRECT || this == INCORRECT;
    }

    /** The verdict of a graded score: correct at 1, incorrect at 0, partially correct between. */
    static Verdict ofScore(double score) {
        if (score >= 1) {
            return CORRECT;
        }
        return score > 0 ? PARTIALLY_CORRECT : INCORRECT;
    }
}
