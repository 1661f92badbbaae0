package org.gradientlab.grading;

import java.util.List;
import org.gradientlab.exercises.Note;

/**
 * The parse step of parse → show → grade: an answer either reads as a value to grade (with how it was read) or
 * is a format error with messages (and possibly notes such as unknown-variable).
 *
 * @param <T> what a readable answer reads as
 */
sealed interface Reading<T> {

    /** The answer was read. */
    record Readable<T>(T value, Interpretation interpretation) implements Reading<T> {}

    /** The answer is a format error; {@code interpretation} may show what could be read of it. */
    record Unreadable<T>(List<Message> messages, List<Note> notes, Interpretation interpretation)
            implements Reading<T> {
        public Unreadable {
            messages = List.copyOf(messages);
            notes = List.copyOf(notes);
        }

        /** The same format error, as the reading of another kind of value. */
        <U> Unreadable<U> retyped() {
            return new Unreadable<>(messages, notes, interpretation);
        }
    }

    static <T> Reading<T> unreadable(Message message, Note... notes) {
        return new Unreadable<>(List.of(message), List.of(notes), null);
    }

    /** The part's feedback for a format error. */
    default PartFeedback asInvalid() {
        if (this instanceof Unreadable<T> u) {
            return PartFeedback.invalid(u.notes(), u.messages(), u.interpretation());
        }
        throw new IllegalStateException("a readable answer is not invalid");
    }
}
