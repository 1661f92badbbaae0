package org.gradientlab.grading;

import java.util.List;
import org.gradientlab.exercises.Note;

/**
 * A diagnosed mistake: the notes it earns and the messages that explain it.
 *
 * @param notes    notes for the analytics
 * @param messages what the student reads
 */
record Finding(List<Note> notes, List<Message> messages) {
    Finding {
        notes = List.copyOf(notes);
        messages = List.copyOf(messages);
    }

    static Finding of(Note note, Message message) {
        return new Finding(List.of(note), List.of(message));
    }
}
