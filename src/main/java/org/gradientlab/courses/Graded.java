package org.gradientlab.courses;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Note;
import org.gradientlab.grading.AttemptPolicy;
import org.gradientlab.grading.Feedback;
import org.gradientlab.grading.PartFeedback;
import org.gradientlab.grading.Verdict;

/**
 * What is stored of one grading: the verdict, the score (null unless graded), the note keys of every part, and
 * how each part was read ({@code part: text} per line).
 */
record Graded(Verdict verdict, Double score, List<String> notes, String interpreted) {

    static Graded of(Feedback feedback) {
        LinkedHashSet<String> notes = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, PartFeedback> e : feedback.parts().entrySet()) {
            e.getValue().notes().stream().map(Note::key).forEach(notes::add);
            e.getValue().interpretedAs().ifPresent(i -> lines.add(e.getKey() + ": " + i.text()));
        }
        Double score = feedback.score().isPresent() ? feedback.score().getAsDouble() : null;
        return new Graded(feedback.verdict(), score, List.copyOf(notes), String.join("\n", lines));
    }

    static Verdict verdict(String apiName) {
        for (Verdict v : Verdict.values()) {
            if (v.apiName().equals(apiName)) {
                return v;
            }
        }
        throw new IllegalStateException("unknown stored verdict " + apiName);
    }

    static List<String> notes(String stored) {
        return stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }

    AttemptPolicy.Outcome outcome() {
        return score == null ? AttemptPolicy.Outcome.ungraded(verdict) : AttemptPolicy.Outcome.graded(verdict, score);
    }
}
