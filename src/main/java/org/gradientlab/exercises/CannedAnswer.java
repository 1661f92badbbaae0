package org.gradientlab.exercises;

import java.util.Set;

/**
 * A wrong answer to one part that the variant self-test feeds to the grader, the other parts being answered
 * with their model answers. A graded mistake must be graded wrong (incorrect or partially correct) with exactly
 * these notes; a format mistake ({@code invalid}) must be refused as invalid with exactly these notes.
 *
 * @param label   what the mistake is, for the self-test report
 * @param answer  the wrong answer, in the part's encoding
 * @param notes   the notes the grader must give it (possibly none)
 * @param invalid whether it is a format error (refused, no attempt used) rather than a graded wrong answer
 */
public record CannedAnswer(String label, Answer answer, Set<Note> notes, boolean invalid) {
    public CannedAnswer {
        notes = Set.copyOf(notes);
    }

    /** A wrong answer that is graded (incorrect or partially correct) with these notes. */
    public static CannedAnswer of(String label, Answer answer, Note... notes) {
        return new CannedAnswer(label, answer, Set.of(notes), false);
    }

    /** A format error that is refused as invalid with these notes. */
    public static CannedAnswer invalid(String label, Answer answer, Note... notes) {
        return new CannedAnswer(label, answer, Set.of(notes), true);
    }
}
