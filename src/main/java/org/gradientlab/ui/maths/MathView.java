package org.gradientlab.ui.maths;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * One formula rendered by KaTeX in the browser, inline (within a sentence) or in display mode (centred, on its
 * own line). KaTeX's MathML output makes the formula readable by screen readers; an invalid formula shows its
 * source in the error colour rather than failing.
 */
@Tag("gl-math")
@NpmPackage(value = "katex", version = "0.16.47")
@JsModule("./maths/gl-math.js")
public class MathView extends Component implements HasStyle {

    /** An inline formula. */
    public MathView(String latex) {
        setLatex(latex);
        addClassName("gl-math");
    }

    /** A formula in display mode, on its own line. */
    public static MathView display(String latex) {
        MathView view = new MathView(latex);
        view.setDisplay(true);
        return view;
    }

    public String getLatex() {
        return getElement().getProperty("latex", "");
    }

    public void setLatex(String latex) {
        getElement().setProperty("latex", latex == null ? "" : latex);
    }

    public boolean isDisplay() {
        return getElement().getProperty("display", false);
    }

    public void setDisplay(boolean display) {
        getElement().setProperty("display", display);
        setClassName("gl-math-display", display);
    }
}
