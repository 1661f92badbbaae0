package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Part;
import org.gradientlab.grading.Mask;

/**
 * The input of one part, chosen by the part's answer type: it reads the student's entry as an {@link Answer} in
 * the shared encoding (DESIGN §5), can be filled with an answer, tells listeners when the entry changes, and
 * colours its entries with the grader's per-entry mask where it has entries.
 */
sealed interface PartInput
        permits ExpressionInput,
                NumberInput,
                VectorInput,
                MatrixInput,
                ChoiceInput,
                NumberSetInput,
                SettingsInput,
                UpdateRuleInput {

    /** The input for this part. */
    static PartInput of(Part part) {
        return switch (part.type()) {
            case EXPRESSION -> new ExpressionInput(part);
            case NUMBER -> new NumberInput(part);
            case VECTOR -> new VectorInput(part);
            case MATRIX -> new MatrixInput(part);
            case CHOICE -> new ChoiceInput(part);
            case NUMBER_SET -> new NumberSetInput(part);
            case SETTINGS -> new SettingsInput(part);
            case UPDATE_RULE -> new UpdateRuleInput(part);
        };
    }

    /** The component shown on the page. */
    Component component();

    /** The entry as an answer, exactly as typed (the grader parses it). */
    Answer answer();

    /** Shows this answer as the entry (an answer of another encoding is ignored). */
    void setAnswer(Answer answer);

    /** Calls {@code listener} whenever the entry changes. */
    Registration addChangeListener(Runnable listener);

    /** Colours the entries right or wrong; inputs without entries ignore it. */
    default void showMask(Mask mask) {}

    /** Removes the colouring of a previous grade. */
    default void clearMask() {}
}
