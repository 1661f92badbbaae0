package org.gradientlab.grading;

import java.util.Collections;
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
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        if (verdict.isGraded() != score.isPresent()) {
            throw new IllegalArgumentException("a graded verdict needs a score, and only a graded one");
        }
    }

    /** Whether this submission uses an attempt and records a score. */
    public boolean isGraded() {
        return verdict.isGraded();
    }

    /**
     * This feedback as plain Java values with the API's names (DESIGN §8), ready for any JSON writer:
     * {@code {verdict, score, parts: {partId: {verdict, score, notes, messages: [{key, args, text}],
     * interpretedAs: {text, latex}, mask?}}}}. Scores are null when absent, {@code interpretedAs} is null when
     * nothing could be read, and {@code mask} is left out unless the part has one.
     */
    public Map<String, Object> toApi() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("verdict", verdict.apiName());
        out.put("score", score.isPresent() ? score.getAsDouble() : null);
        Map<String, Object> partsOut = new LinkedHashMap<>();
        parts.forEach((id, p) -> partsOut.put(id, p.toApi()));
        out.put("parts", partsOut);
        return out;
    }
}
