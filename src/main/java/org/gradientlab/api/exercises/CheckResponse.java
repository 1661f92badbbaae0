package org.gradientlab.api.exercises;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Note;
import org.gradientlab.grading.Feedback;
import org.gradientlab.grading.Message;
import org.gradientlab.grading.PartFeedback;

/**
 * The grade of a submission, field for field the grading module's {@link Feedback}: the overall verdict
 * ({@code correct}, {@code partially-correct}, {@code incorrect}, {@code invalid}, {@code unverifiable}), the score
 * in [0, 1] (null when nothing was graded) and each part's feedback by part id. A check for an assignment also
 * names the stored attempt and the student's own variant; a practice check has neither field.
 */
record CheckResponse(
        String verdict,
        Double score,
        Map<String, PartResult> parts,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long attemptId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer variant) {

    static CheckResponse of(Feedback feedback) {
        Map<String, PartResult> parts = new LinkedHashMap<>();
        feedback.parts().forEach((id, part) -> parts.put(id, PartResult.of(part)));
        return new CheckResponse(
                feedback.verdict().apiName(),
                feedback.score().isPresent() ? feedback.score().getAsDouble() : null,
                parts,
                null,
                null);
    }

    /** This grade as the answer to a recorded attempt. */
    CheckResponse recordedAs(long attempt, int studentVariant) {
        return new CheckResponse(verdict, score, parts, attempt, studentVariant);
    }

    /**
     * One part's grade.
     *
     * @param verdict       the part's verdict
     * @param score         in [0, 1], null when the part was not graded
     * @param notes         misconception and mistake keys (e.g. {@code missing-inner-derivative})
     * @param messages      what the student reads: a key, its arguments and the English text
     * @param interpretedAs how the answer was read, null when it could not be read
     * @param mask          per-entry correctness of a vector (list of booleans) or matrix (rows of booleans); only
     *                      for those
     */
    record PartResult(
            String verdict,
            Double score,
            List<String> notes,
            List<MessageView> messages,
            Printed interpretedAs,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<?> mask) {

        static PartResult of(PartFeedback part) {
            return new PartResult(
                    part.verdict().apiName(),
                    part.score().isPresent() ? part.score().getAsDouble() : null,
                    part.notes().stream().map(Note::key).toList(),
                    part.messages().stream().map(MessageView::of).toList(),
                    part.interpretedAs()
                            .map(i -> new Printed(i.text(), i.latex()))
                            .orElse(null),
                    part.mask().map(m -> (List<?>) m.asList()).orElse(null));
        }
    }

    /** A feedback message: the stable key, its arguments as text, and the English rendering. */
    record MessageView(String key, List<String> args, String text) {

        static MessageView of(Message message) {
            return new MessageView(message.key().key(), message.args(), message.text());
        }
    }

    /** An answer as read: plain text and LaTeX. */
    record Printed(String text, String latex) {}
}
