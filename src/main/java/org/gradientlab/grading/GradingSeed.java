package org.gradientlab.grading;

import java.nio.charset.StandardCharsets;

/**
 * What makes grading deterministic (DESIGN §5): the sample points and anything else random depend only on
 * (exercise, variant, student, attempt), so regrading gives the same result.
 *
 * @param exerciseId the exercise
 * @param variant    the variant number
 * @param student    a stable id of the student ("" in practice mode)
 * @param attempt    the attempt number (0 in practice mode)
 */
public record GradingSeed(String exerciseId, int variant, String student, int attempt) {

    public GradingSeed {
        exerciseId = exerciseId == null ? "" : exerciseId;
        student = student == null ? "" : student;
    }

    /** The seed of a practice check (nothing recorded). */
    public static GradingSeed practice(String exerciseId, int variant) {
        return new GradingSeed(exerciseId, variant, "", 0);
    }

    /** The 64-bit seed: FNV-1a over the four fields, so it is the same on every platform and run. */
    public long value() {
        long h = 0xcbf29ce484222325L;
        String canonical = exerciseId + '\u0000' + variant + '\u0000' + student + '\u0000' + attempt;
        for (byte b : canonical.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
