package org.gradientlab.grading;

import java.util.List;
import java.util.Optional;
import org.gradientlab.exercises.Note;

/**
 * The "show" step of parse → show → grade: how an answer reads before it is submitted, or why it cannot be read.
 * Nothing is graded.
 *
 * @param readable      whether the answer can be graded as it stands
 * @param interpretedAs how it was read, when it could be
 * @param messages      format errors, empty when readable
 * @param notes         notes of the format errors (e.g. unknown-variable)
 */
public record Preview(
        boolean readable, Optional<Interpretation> interpretedAs, List<Message> messages, List<Note> notes) {
    public Preview {
        messages = List.copyOf(messages);
        notes = List.copyOf(notes);
    }
}
