package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.MathContext;

/** Small helpers the part inputs share. */
final class Inputs {

    private Inputs() {}

    /** A field for maths typed as text: no capitals, corrections or spell-check getting in the way. */
    static TextField plainText(TextField field) {
        field.setAutocapitalize(Autocapitalize.NONE);
        field.setAutocorrect(false);
        field.getElement().setAttribute("spellcheck", "false");
        return field;
    }

    /** A number as a student would type it: up to six significant figures, no trailing zeros. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value)
                .round(new MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Marks a field right or wrong for the grader's mask, or clears the mark ({@code null}). */
    static void mark(TextField field, Boolean right) {
        field.removeClassNames("gl-entry-right", "gl-entry-wrong");
        field.getElement().removeAttribute("data-mask");
        if (right != null) {
            field.addClassName(right ? "gl-entry-right" : "gl-entry-wrong");
            field.getElement().setAttribute("data-mask", right ? "right" : "wrong");
        }
    }
}
