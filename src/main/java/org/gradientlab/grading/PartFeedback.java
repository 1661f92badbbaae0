package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gradientlab.exercises.Note;

/**
 * The grade of one part: verdict, score (absent when the part is invalid or unverifiable), the notes for the
 * instructor's analytics, messages for the student, how the answer was read, and a per-entry mask for vectors
 * and matrices. Maps 1:1 onto the API's {@code parts.{partId}} object.
 *
 * @param verdict       the part's verdict
 * @param score         in [0, 1]; absent unless the verdict is graded
 * @param notes         misconception and mistake notes, without repeats, in the order found
 * @param messages      what the student reads
 * @param interpretedAs how the answer was read; absent when nothing could be read
 * @param mask          per-entry correctness for vectors and matrices
 */
public record PartFeedback(
        Verdict verdict,
        OptionalDouble score,
        List<Note> notes,
        List<Message> messages,
        Optional<Interpretation> interpretedAs,
        Optional<Mask> mask) {

    public PartFeedback {
        notes = List.copyOf(new LinkedHashSet<>(notes));
        messages = List.copyOf(messages);
        if (verdict.isGraded() != score.isPresent()) {
            throw new IllegalArgumentException("a graded verdict needs a score, and only a graded one");
        }
        if (score.isPresent() && !(score.getAsDouble() >= 0 && score.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("score out of [0, 1]: " + score);
        }
    }

    /** A graded part: the verdict follows from the score. */
    static PartFeedback graded(
            double score, List<Note> notes, List<Message> messages, Interpretation interpretedAs, Mask mask) {
        double s = Math.max(0, Math.min(1, score));
        return new PartFeedback(
                Verdict.ofScore(s),
                OptionalDouble.of(s),
                notes,
                messages,
                Optional.ofNullable(interpretedAs),
                Optional.ofNullable(mask));
    }

    /** A format error: nothing graded. */
    static PartFeedback invalid(List<Note> notes, List<Message> messages, Interpretation interpretedAs) {
        return new PartFeedback(
                Verdict.INVALID,
                OptionalDouble.empty(),
                notes,
                messages,
                Optional.ofNullable(interpretedAs),
                Optional.empty());
    }

    /** A format error with one message. */
    static PartFeedback invalid(Message message, Note... notes) {
        return invalid(List.of(notes), List.of(message), null);
    }

    /** An answer that could not be checked. */
    static PartFeedback unverifiable(List<Message> messages, Interpretation interpretedAs) {
        return new PartFeedback(
                Verdict.UNVERIFIABLE,
                OptionalDouble.empty(),
                List.of(),
                messages,
                Optional.ofNullable(interpretedAs),
                Optional.empty());
    }

    /** This part as plain Java values with the API's names; see {@link Feedback#toApi()}. */
    public Map<String, Object> toApi() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("verdict", verdict.apiName());
        out.put("score", score.isPresent() ? score.getAsDouble() : null);
        out.put("notes", notes.stream().map(Note::key).toList());
        List<Map<String, Object>> m = new ArrayList<>();
        for (Message message : messages) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("key", message.key().key());
            one.put("args", message.args());
            one.put("text", message.text());
            m.add(one);
        }
        out.put("messages", m);
        out.put(
                "interpretedAs",
                interpretedAs
                        .map(i -> {
                            Map<String, Object> shown = new LinkedHashMap<>();
                            shown.put("text", i.text());
                            shown.put("latex", i.latex());
                            return (Object) shown;
                        })
                        .orElse(null));
        mask.ifPresent(k -> out.put("mask", k.asList()));
        return out;
    }

    /**
     * This part's feedback in a submission that another part made invalid: no verdict may leak, so it is invalid
     * too, keeps how it was read, and says why it was not graded.
     */
    PartFeedback notGraded() {
        List<Message> m = new ArrayList<>();
        m.add(MessageKey.NOT_GRADED.with());
        return new PartFeedback(Verdict.INVALID, OptionalDouble.empty(), List.of(), m, interpretedAs, Optional.empty());
    }
}
