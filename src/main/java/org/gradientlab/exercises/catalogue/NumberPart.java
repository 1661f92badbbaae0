package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.KnownMistake;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;

/**
 * Builds a number part with its anticipated mistakes; the model answer is the value as a student would type it.
 * A wrong value that, for the variant's numbers, falls within the tolerance of the answer (or of a mistake already
 * listed, or of the answer's negative, which the grader reads as a sign error) is left out, so every canned answer
 * the part keeps is graded as it says.
 */
final class NumberPart {

    private final String id;
    private final String prompt;
    private final double value;
    private final Tolerance tolerance;
    private final List<KnownMistake> mistakes = new ArrayList<>();
    private final List<CannedAnswer> canned = new ArrayList<>();
    private final List<Double> taken = new ArrayList<>();
    private double weight = 1;

    private NumberPart(String id, String prompt, double value, Tolerance tolerance) {
        this.id = id;
        this.prompt = prompt;
        this.value = value;
        this.tolerance = tolerance;
        taken.add(value);
        if (value != 0) {
            taken.add(-value);
        }
    }

    static NumberPart of(String id, String prompt, double value, Tolerance tolerance) {
        return new NumberPart(id, prompt, value, tolerance);
    }

    NumberPart weight(double w) {
        this.weight = w;
        return this;
    }

    /** An anticipated wrong value that earns {@code note}, with a canned answer that shows it. */
    NumberPart mistake(String label, double wrong, Note note, String how) {
        if (free(wrong)) {
            mistakes.add(new KnownMistake(wrong, note, how));
            canned.add(CannedAnswer.of(label, Answer.text(NumberText.exact(wrong)), note));
            taken.add(wrong);
        }
        return this;
    }

    /** A canned wrong value that earns no note. */
    NumberPart wrong(String label, double wrong) {
        if (free(wrong)) {
            canned.add(CannedAnswer.of(label, Answer.text(NumberText.exact(wrong))));
        }
        return this;
    }

    /** A canned format error. */
    NumberPart invalid(String label, String text, Note... notes) {
        canned.add(CannedAnswer.invalid(label, Answer.text(text), notes));
        return this;
    }

    private boolean free(double wrong) {
        if (!Double.isFinite(wrong)) {
            return false;
        }
        for (double t : taken) {
            if (tolerance.accepts(wrong, t) || tolerance.accepts(t, wrong)) {
                return false;
            }
        }
        return true;
    }

    Part build() {
        return new Part(
                id,
                AnswerType.NUMBER,
                prompt,
                weight,
                Answer.text(NumberText.typed(value)),
                new NumberCheck(value, tolerance, mistakes),
                canned);
    }
}
