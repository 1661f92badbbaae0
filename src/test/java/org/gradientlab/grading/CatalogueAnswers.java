package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Variant;

/**
 * Grades one part of a catalogue variant with the other parts answered by their model answers, and asserts on
 * the part's verdict, score and notes, as the exercises' table-driven tests do.
 */
final class CatalogueAnswers {

    private static final Grader GRADER = new Grader();

    private CatalogueAnswers() {}

    /** The feedback of a submission in which only {@code partId} deviates from the model answers. */
    static Feedback submit(Variant variant, String partId, Answer answer) {
        Map<String, Answer> answers = new LinkedHashMap<>(variant.modelAnswers());
        answers.put(partId, answer);
        return GRADER.check(variant, answers, GradingSeed.practice(variant.exerciseId(), variant.number()));
    }

    /** The part's feedback in {@link #submit}. */
    static PartFeedback grade(Variant variant, String partId, Answer answer) {
        return submit(variant, partId, answer).parts().get(partId);
    }

    /**
     * Asserts the part's verdict, notes (in any order) and, when graded, its score (scores are ratios of small
     * integers, so 1e-12 only allows for their rounding).
     */
    static void expect(PartFeedback part, Verdict verdict, double score, List<Note> notes) {
        assertThat(part.verdict()).as("verdict, messages %s", part.messages()).isEqualTo(verdict);
        assertThat(part.notes()).containsExactlyInAnyOrderElementsOf(notes);
        if (verdict.isGraded()) {
            assertThat(part.score().getAsDouble()).isCloseTo(score, within(1e-12));
        } else {
            assertThat(part.score()).isEmpty();
            assertThat(part.messages()).isNotEmpty();
        }
    }
}
