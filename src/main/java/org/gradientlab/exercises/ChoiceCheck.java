package org.gradientlab.exercises;

import java.util.List;
import java.util.Map;

/**
 * One choice out of several; wrong choices may carry the note they reveal.
 *
 * @param choices the options, in display order
 * @param correct the id of the right option
 * @param notes   choice id → note, for wrong options that reveal a known misconception
 */
public record ChoiceCheck(List<Choice> choices, String correct, Map<String, Note> notes) implements Check {
    public ChoiceCheck {
        choices = List.copyOf(choices);
        notes = Map.copyOf(notes);
        if (choices.stream().noneMatch(c -> c.id().equals(correct))) {
            throw new IllegalArgumentException("the correct choice " + correct + " is not among the choices");
        }
    }

    @Override
    public AnswerType answerType() {
        return AnswerType.CHOICE;
    }
}
