package org.gradientlab.ui.maths;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.ui.help.HelpView;

/**
 * Where a student types a formula. While they type (after a short pause) the formula is read by the engine's
 * parser and shown back rendered ("interpreted as …"), or the parse error is shown with its column marked under a
 * copy of the input. The value is the text as typed; {@link #getExpression()} is the parsed expression when the
 * text reads as one. A "how to type maths" link leads to the help page.
 */
public class ExpressionField extends AbstractCompositeField<Div, ExpressionField, String> implements HasSize {

    /** Pause after the last keystroke before the preview follows (short enough to feel live). */
    static final int PREVIEW_DELAY_MS = 250;

    final TextField input = new TextField();
    final RouterLink howToType;
    final Div preview = new Div();
    final MathView previewMath = new MathView("");
    final Div problem = new Div();
    final Span problemMessage = new Span();
    final Pre problemMarker = new Pre();
    private Variables variables;
    private ParseResult result;

    /** A field for formulas in the default variables (x, y, z, x1…x9, a, b, t). */
    public ExpressionField(String label) {
        this(label, Variables.DEFAULT);
    }

    /** A field for formulas in these variables. */
    public ExpressionField(String label, Variables variables) {
        super("");
        this.variables = variables;
        input.setLabel(label);
        input.setWidthFull();
        input.addClassName("gl-expression-input");
        input.setClearButtonVisible(true);
        input.setAutocapitalize(Autocapitalize.NONE);
        input.setAutocorrect(false);
        input.getElement().setAttribute("spellcheck", "false");
        input.setValueChangeMode(ValueChangeMode.LAZY);
        input.setValueChangeTimeout(PREVIEW_DELAY_MS);
        input.setManualValidation(true);
        howToType = new RouterLink(getTranslation("expression.how-to-type"), HelpView.class);
        howToType.addClassName("gl-how-to-type");
        input.setHelperComponent(howToType);
        input.addValueChangeListener(e -> {
            interpret(e.getValue());
            setModelValue(e.getValue(), e.isFromClient());
        });

        Span previewLabel = new Span(getTranslation("expression.interpreted-as"));
        previewLabel.addClassName("gl-expression-preview-label");
        preview.add(previewLabel, previewMath);
        preview.addClassName("gl-expression-preview");

        problemMessage.addClassName("gl-expression-problem-message");
        problemMarker.addClassName("gl-expression-problem-marker");
        problemMarker.getElement().setAttribute("aria-hidden", "true");
        problem.add(VaadinIcon.EXCLAMATION_CIRCLE_O.create(), new Div(problemMessage, problemMarker));
        problem.addClassName("gl-expression-problem");
        problem.getElement().setAttribute("aria-live", "polite");

        Div root = getContent();
        root.addClassName("gl-expression-field");
        root.add(input, preview, problem);
        interpret("");
    }

    /** The variables the formula may use; the current text is read again. */
    public void setVariables(Variables newVariables) {
        variables = newVariables;
        interpret(getValue());
    }

    /** Shows or hides the "how to type maths" link (the help page itself has no use for it). */
    public void setHowToTypeVisible(boolean visible) {
        howToType.setVisible(visible);
    }

    public void setPlaceholder(String placeholder) {
        input.setPlaceholder(placeholder);
    }

    /** The expression the text reads as, or empty when the text is blank or not an expression. */
    public Optional<Expression> getExpression() {
        return result instanceof ParseResult.Success success ? Optional.of(success.expression()) : Optional.empty();
    }

    /** Why the text is not an expression, or empty when it is one (or is blank). */
    public Optional<ParseResult.Failure> getProblem() {
        return result instanceof ParseResult.Failure failure ? Optional.of(failure) : Optional.empty();
    }

    @Override
    protected void setPresentationValue(String value) {
        input.setValue(value == null ? "" : value);
    }

    private void interpret(String text) {
        result = text == null || text.isBlank() ? null : Expression.tryParse(text, variables);
        switch (result) {
            case null -> {
                preview.setVisible(false);
                problem.setVisible(false);
                input.setInvalid(false);
            }
            case ParseResult.Success success -> {
                previewMath.setLatex(success.expression().toLatex());
                preview.setVisible(true);
                problem.setVisible(false);
                input.setInvalid(false);
            }
            case ParseResult.Failure failure -> {
                String message = ParseMessages.describe(this, failure);
                problemMessage.setText(message);
                problemMarker.setText(text + "\n" + " ".repeat(Math.max(0, failure.column() - 1)) + "^");
                preview.setVisible(false);
                problem.setVisible(true);
                input.setInvalid(true);
                input.setErrorMessage(getTranslation("expression.problem-at", failure.column()));
            }
        }
    }
}
