package org.gradientlab.grading;

import java.util.List;
import org.gradientlab.exercises.Choice;
import org.gradientlab.exercises.ChoiceCheck;
import org.gradientlab.exercises.Note;

/** Grades the id of one choice; a wrong choice that reveals a misconception earns its note. */
final class ChoiceGrader {

    private ChoiceGrader() {}

    static Reading<Choice> read(ChoiceCheck check, String text) {
        String id = text.strip();
        for (Choice c : check.choices()) {
            if (c.id().equals(id)) {
                return new Reading.Readable<>(c, new Interpretation(c.label(), c.label()));
            }
        }
        return Reading.unreadable(MessageKey.UNKNOWN_CHOICE.with(id));
    }

    static PartFeedback grade(ChoiceCheck check, Choice chosen, Interpretation shown) {
        if (chosen.id().equals(check.correct())) {
            return PartFeedback.graded(1, List.of(), List.of(), shown, null);
        }
        Note note = check.notes().get(chosen.id());
        return PartFeedback.graded(
                0, note == null ? List.of() : List.of(note), List.of(MessageKey.WRONG_CHOICE.with()), shown, null);
    }
}
