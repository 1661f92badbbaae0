package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Part;
import org.gradientlab.grading.Message;
import org.gradientlab.grading.PartFeedback;
import org.gradientlab.ui.i18n.Percentages;
import org.gradientlab.ui.maths.MarkdownMath;
import org.gradientlab.ui.maths.MathView;

/**
 * One part of the exercise: its question, its input and, after a submission, its own feedback — the verdict, the
 * score, the grader's messages, how the answer was read ("interpreted as", rendered) and the per-entry mask on the
 * input's cells. Public so that an assignment's exercise page can show the same parts with its own submission
 * (recorded by the courses module) instead of practice grading.
 */
public final class PartView extends Composite<Div> {

    final Part part;
    final PartInput input;
    final Div feedback = new Div();
    final UnorderedList messages = new UnorderedList();
    final Div interpretedAs = new Div();
    final MathView interpretedMath = new MathView("");
    final Span badgeSlot = new Span();
    final Span score = new Span();

    /** The view of part {@code number} of {@code count}, with the input its answer type calls for. */
    public PartView(Part part, int number, int count) {
        this.part = part;
        this.input = PartInput.of(part);
        H3 heading = new H3(
                count > 1
                        ? getTranslation("exercise.page.part", number, count)
                        : getTranslation("exercise.page.your-answer-heading"));
        heading.addClassName("gl-part-heading");
        MarkdownMath prompt = new MarkdownMath(part.prompt());
        prompt.addClassName("gl-part-prompt");

        Span interpretedLabel = new Span(getTranslation("expression.interpreted-as"));
        interpretedLabel.addClassName("gl-expression-preview-label");
        interpretedAs.add(interpretedLabel, interpretedMath);
        interpretedAs.addClassName("gl-part-interpreted");
        score.addClassName("gl-part-score");
        Div verdictRow = new Div(badgeSlot, score);
        verdictRow.addClassName("gl-part-verdict");
        messages.addClassName("gl-part-messages");
        feedback.add(verdictRow, messages, interpretedAs);
        feedback.addClassName("gl-part-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        feedback.setVisible(false);

        input.addChangeListener(() -> feedback.addClassName("gl-stale"));
        Div root = getContent();
        root.addClassName("gl-part");
        root.getElement().setAttribute("data-part", part.id());
        root.getElement().setAttribute("data-type", part.type().apiName());
        root.add(heading, prompt, input.component(), feedback);
    }

    /** The part shown. */
    public Part part() {
        return part;
    }

    /** The entry as an answer, exactly as typed. */
    public Answer answer() {
        return input.answer();
    }

    /** Fills the input with an answer (a restored draft); an answer of another encoding is ignored. */
    public void setAnswer(Answer answer) {
        input.setAnswer(answer);
    }

    /** Calls {@code listener} whenever the entry changes. */
    public Registration addChangeListener(Runnable listener) {
        return input.addChangeListener(listener);
    }

    /** Shows this part's grade: badge, score, messages, the interpretation and the mask. */
    public void show(PartFeedback f) {
        badgeSlot.removeAll();
        badgeSlot.add(FeedbackTexts.badge(this, f.verdict()));
        score.setText(
                f.score().isPresent()
                        ? getTranslation(
                                "exercise.page.score", Percentages.of(f.score().getAsDouble()))
                        : "");
        messages.removeAll();
        for (Message m : f.messages()) {
            messages.add(FeedbackTexts.item(this, m));
        }
        messages.setVisible(!f.messages().isEmpty());
        f.interpretedAs().ifPresentOrElse(i -> interpretedMath.setLatex(i.latex()), () -> interpretedMath.setLatex(""));
        // a formula field already shows its live "interpreted as" right above the verdict
        interpretedAs.setVisible(f.interpretedAs().isPresent() && !(input instanceof ExpressionInput));
        f.mask().ifPresentOrElse(input::showMask, input::clearMask);
        feedback.removeClassName("gl-stale");
        feedback.getElement().setAttribute("data-verdict", f.verdict().apiName());
        feedback.setVisible(true);
    }

    /** Hides the feedback of an earlier submission (a new variant, a reset). */
    void clear() {
        feedback.setVisible(false);
        input.clearMask();
    }
}
