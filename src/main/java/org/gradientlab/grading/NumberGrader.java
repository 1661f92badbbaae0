package org.gradientlab.grading;

import java.util.List;
import org.gradientlab.exercises.KnownMistake;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.NumberCheck;

/** Grades a typed number against the check's value; anticipated wrong values earn their notes. */
final class NumberGrader {

    private NumberGrader() {}

    static PartFeedback grade(NumberCheck check, NumberReader.Value typed, Interpretation shown) {
        double v = typed.value();
        if (check.tolerance().accepts(v, check.value())) {
            return PartFeedback.graded(1, List.of(), List.of(), shown, null);
        }
        for (KnownMistake m : check.mistakes()) {
            if (check.tolerance().accepts(v, m.value())) {
                return PartFeedback.graded(
                        0, List.of(m.note()), List.of(mistakeMessage(m.note(), m.how())), shown, null);
            }
        }
        if (check.value() != 0 && check.tolerance().accepts(-v, check.value())) {
            return PartFeedback.graded(0, List.of(Note.SIGN_ERROR), List.of(MessageKey.SIGN_ERROR.with()), shown, null);
        }
        return PartFeedback.graded(
                0, List.of(), List.of(MessageKey.INCORRECT_NUMBER.with(Format.number(v))), shown, null);
    }

    /** The message of an anticipated mistake: its own where the note has one, else the generic one. */
    static Message mistakeMessage(Note note, String how) {
        return note == Note.ONE_OVER_LAMBDA ? MessageKey.ONE_OVER_LAMBDA.with(how) : MessageKey.KNOWN_MISTAKE.with(how);
    }
}
