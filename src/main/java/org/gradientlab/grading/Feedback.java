package org.gradientlab.grading;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The grade of a whole submission (DESIGN §5): the overall verdict, the score (the weighted mean of the part
 * scores; absent when the submission is invalid or unverifiable) and each part's feedback by part id, in the
 * exercise's order. Maps 1:1 onto the API's check response.
 *
 * @param verdict the overall verdict
 * @param score   in [0, 1]; absent unless the verdict is graded
 * @param parts   part id → feedback, in display order
 */
public record Feedback(Verdict verdict, OptionalDouble score, Map<String, PartFeedback> parts) {

    public Feedback {
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        if (verdict.isGraded() != score.isPresent()) {
            throw new IllegalArgumentException("a graded verdict needs a score, and only a graded one");
        }
    }

    /** Whether this submission uses an attempt and records a score. */
    public boolean isGraded() {
        return verdict.isGraded();
    }
}
