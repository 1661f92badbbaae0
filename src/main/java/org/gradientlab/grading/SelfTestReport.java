package org.gradientlab.grading;

import java.util.List;

/**
 * The outcome of a {@link VariantSelfTest}: how many variants were checked and every failure found.
 *
 * @param exerciseId the exercise
 * @param variants   how many variants were checked
 * @param failures   what failed, in the order found; empty when the exercise may be published
 */
public record SelfTestReport(String exerciseId, int variants, List<SelfTestReport.Failure> failures) {

    /** Which kind of check failed. */
    public enum Check {
        /** The variant could not be made (an exercise fault or unusable overrides). */
        VARIANT,
        /** The model answers were not graded correct. */
        MODEL_ANSWER,
        /** A canned wrong answer was not graded wrong with exactly its notes. */
        CANNED_ANSWER
    }

    /**
     * One failed check.
     *
     * @param variant the variant number
     * @param partId  the part concerned, or "" for the whole variant
     * @param check   which check failed
     * @param label   the canned answer's label, or "" for the other checks
     * @param reason  why, in English, for the instructor
     */
    public record Failure(int variant, String partId, Check check, String label, String reason) {}

    public SelfTestReport {
        failures = List.copyOf(failures);
    }

    /** Whether every check passed. */
    public boolean passed() {
        return failures.isEmpty();
    }
}
