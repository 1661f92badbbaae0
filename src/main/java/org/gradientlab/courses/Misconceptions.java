package org.gradientlab.courses;

import java.util.List;

/**
 * How often each misconception note was found in one exercise's attempts, most frequent first.
 *
 * @param exerciseId the exercise
 * @param notes      one entry per note key
 */
public record Misconceptions(String exerciseId, List<Count> notes) {

    /** A note key, how many attempts carried it, and up to three example answers (JSON text). */
    public record Count(String note, int attempts, List<String> examples) {}
}
