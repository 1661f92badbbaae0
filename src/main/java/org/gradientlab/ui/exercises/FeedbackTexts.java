package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import org.gradientlab.grading.Feedback;
import org.gradientlab.grading.Message;
import org.gradientlab.grading.MessageKey;
import org.gradientlab.grading.Verdict;
import org.gradientlab.ui.i18n.Percentages;

/**
 * The grader's messages and verdicts in the visitor's language. A message is looked up as
 * {@code grading.<key>} with the grader's arguments; a parse error inside an answer reuses the expression
 * field's {@code expr.error.*} texts; where a language lacks a text the grader's English stands.
 */
public final class FeedbackTexts {

    private FeedbackTexts() {}

    /** The grader's message in the visitor's language. */
    public static String text(Component component, Message message) {
        Locale locale = UI.getCurrent() == null ? null : UI.getCurrent().getLocale();
        if (locale == null || locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return message.text();
        }
        if (message.key() == MessageKey.INVALID_EXPRESSION && message.args().size() >= 2) {
            String key = "expr.error."
                    + message.args().get(1).toUpperCase(Locale.ROOT).replace('-', '_');
            List<String> engineArgs = message.args()
                    .subList(Math.min(3, message.args().size()), message.args().size());
            if (key.endsWith("UNKNOWN_VARIABLE") || key.endsWith("UNKNOWN_FUNCTION")) {
                key += engineArgs.size() > 1 && !engineArgs.get(1).isEmpty() ? ".suggestion" : "";
            }
            Object[] args = new Object[engineArgs.size() + 1];
            args[0] = message.args().getFirst();
            for (int i = 0; i < engineArgs.size(); i++) {
                args[i + 1] = engineArgs.get(i);
            }
            return translated(component, key, message, args);
        }
        return translated(
                component,
                "grading." + message.key().key(),
                message,
                message.args().toArray());
    }

    private static String translated(Component component, String key, Message message, Object... args) {
        String text = component.getTranslation(key, args);
        return text.startsWith("!") ? message.text() : text;
    }

    /**
     * The head of a submission's feedback: the verdict badge, the overall score when there is one, and the sentence
     * that says what to do next. The practice page and the assignment page show the same.
     */
    public static List<Component> overall(Component component, Feedback graded) {
        Div head = new Div(badge(component, graded.verdict()));
        head.addClassName("gl-feedback-head");
        if (graded.score().isPresent()) {
            Span score = new Span(component.getTranslation(
                    "exercise.page.score", Percentages.of(graded.score().getAsDouble())));
            score.addClassName("gl-feedback-score");
            head.add(score);
        }
        Paragraph text = new Paragraph(
                component.getTranslation("exercise.feedback." + graded.verdict().apiName()));
        text.addClassName("gl-feedback-text");
        return List.of(head, text);
    }

    /** A badge naming the verdict, with an icon so that colour is not the only cue. */
    public static Span badge(Component component, Verdict verdict) {
        VaadinIcon icon =
                switch (verdict) {
                    case CORRECT -> VaadinIcon.CHECK_CIRCLE;
                    case PARTIALLY_CORRECT -> VaadinIcon.ADJUST;
                    case INCORRECT -> VaadinIcon.CLOSE_CIRCLE;
                    case INVALID -> VaadinIcon.EDIT;
                    case UNVERIFIABLE -> VaadinIcon.QUESTION_CIRCLE;
                };
        Span badge =
                new Span(icon.create(), new Span(component.getTranslation("exercise.verdict." + verdict.apiName())));
        badge.addClassNames("gl-verdict", "gl-verdict-" + verdict.apiName());
        badge.getElement().setAttribute("data-verdict", verdict.apiName());
        return badge;
    }
}
