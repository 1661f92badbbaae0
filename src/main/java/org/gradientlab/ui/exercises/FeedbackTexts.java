package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.grading.Feedback;
import org.gradientlab.grading.Message;
import org.gradientlab.grading.MessageKey;
import org.gradientlab.grading.Verdict;
import org.gradientlab.ui.i18n.Percentages;
import org.gradientlab.ui.maths.MathView;

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

    /** Messages whose arguments are formulas (an inner derivative, a dropped term): typeset, not shown as typed. */
    private static final Set<MessageKey> FORMULA_ARGUMENTS = EnumSet.of(
            MessageKey.MISSING_INNER_DERIVATIVE,
            MessageKey.WRONG_OUTER_DERIVATIVE,
            MessageKey.INTEGRATED_INSTEAD,
            MessageKey.DROPPED_TERM,
            MessageKey.FUNCTION_NOT_DIFFERENTIATED);

    /** Marks an argument's place in a translated text; no translation contains this character. */
    private static final char MARK = '\uE000';

    private static final Pattern ARGUMENT = Pattern.compile(MARK + "(\\d+)" + MARK);

    /**
     * The grader's message as a list item, in the visitor's language; in the messages that name a formula
     * ("… forgot the inner derivative 8x") the formula is typeset as the prompt's maths is. An argument that is not
     * a formula the engine can read stays text, as does the whole message when the language lacks it.
     */
    public static ListItem item(Component component, Message message) {
        ListItem item = new ListItem();
        item.getElement().setAttribute("data-key", message.key().key());
        String template = FORMULA_ARGUMENTS.contains(message.key()) ? marked(component, message) : null;
        if (template == null || template.startsWith("!")) {
            item.setText(text(component, message));
            return item;
        }
        Matcher m = ARGUMENT.matcher(template);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                item.add(new Text(template.substring(at, m.start())));
            }
            String argument = message.args().get(Integer.parseInt(m.group(1)));
            item.add(latex(argument).<Component>map(MathView::new).orElseGet(() -> new Text(argument)));
            at = m.end();
        }
        if (at < template.length()) {
            item.add(new Text(template.substring(at)));
        }
        return item;
    }

    /** The message's text with each argument's place marked by its index between two {@link #MARK}s. */
    private static String marked(Component component, Message message) {
        Object[] marks = new Object[message.args().size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = MARK + Integer.toString(i) + MARK;
        }
        return component.getTranslation("grading." + message.key().key(), marks);
    }

    private static Optional<String> latex(String formula) {
        return Expression.tryParse(formula, Variables.DEFAULT) instanceof ParseResult.Success ok
                ? Optional.of(ok.expression().toLatex())
                : Optional.empty();
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
