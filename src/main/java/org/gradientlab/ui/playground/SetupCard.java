package org.gradientlab.ui.playground;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import org.gradientlab.ui.maths.ExpressionField;

/**
 * The race's course: f(x, y) with its preview, a menu of ready-made landscapes (which also set the window and a
 * start), the plot window, the start point (also set by clicking the contour plot), the step budget and an
 * optional early stop below a value of f. The fields only show and collect values; the view wires them to the
 * logic.
 */
class SetupCard extends Composite<Div> {

    final ExpressionField function;
    final Select<Preset> preset = new Select<>();
    final Div functionKept = new Div();
    final NumberField xMin = number("playground.window.x-min");
    final NumberField xMax = number("playground.window.x-max");
    final NumberField yMin = number("playground.window.y-min");
    final NumberField yMax = number("playground.window.y-max");
    final NumberField startX = number("playground.start.x");
    final NumberField startY = number("playground.start.y");
    final IntegerField steps = new IntegerField(getTranslation("playground.steps"));
    final NumberField stopBelow = number("playground.stop-below");

    SetupCard() {
        function = new ExpressionField(getTranslation("playground.function"), Surface.VARIABLES);
        function.setPlaceholder("(1-x)^2 + 100(y-x^2)^2");
        function.setWidthFull();

        preset.setLabel(getTranslation("playground.preset"));
        preset.setItems(Preset.ALL);
        preset.setItemLabelGenerator(p ->
                p == null ? getTranslation("playground.preset.custom") : getTranslation("playground.preset." + p.id()));
        preset.setEmptySelectionAllowed(true);
        preset.setEmptySelectionCaption(getTranslation("playground.preset.custom"));
        preset.addClassName("gl-setup-preset");

        functionKept.add(VaadinIcon.INFO_CIRCLE_O.create(), new Span(getTranslation("playground.function-kept")));
        functionKept.addClassName("gl-function-kept");
        functionKept.setVisible(false);

        steps.setMin(1);
        steps.setMax(PlaygroundState.MAX_STEPS);
        steps.setValueChangeMode(ValueChangeMode.LAZY);
        steps.setValueChangeTimeout(LogSlider.DELAY_MS);
        steps.addClassName("gl-setup-field");
        stopBelow.setPlaceholder(getTranslation("playground.stop-below.none"));
        stopBelow.setClearButtonVisible(true);

        H2 title = new H2(getTranslation("playground.setup"));
        Div window = group("playground.window", xMin, xMax, yMin, yMax);
        Div start = group("playground.start", startX, startY);
        start.add(hint("playground.start.hint"));
        Div budget = group("playground.budget", steps, stopBelow);
        getContent().addClassNames("gl-card", "gl-setup");
        getContent().add(title, preset, function, functionKept, window, start, budget);
    }

    /** The preset shown in the menu (empty for a function of one's own). */
    void showPreset(Optional<Preset> shown) {
        preset.setValue(shown.orElse(null));
    }

    private Div group(String titleKey, com.vaadin.flow.component.Component... fields) {
        Span caption = new Span(getTranslation(titleKey));
        caption.addClassName("gl-group-caption");
        Div grid = new Div(fields);
        grid.addClassName("gl-setup-grid");
        Div group = new Div(caption, grid);
        group.addClassName("gl-setup-group");
        return group;
    }

    private Span hint(String key) {
        Span hint = new Span(getTranslation(key));
        hint.addClassName("gl-hint");
        return hint;
    }

    private NumberField number(String labelKey) {
        NumberField field = new NumberField(getTranslation(labelKey));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(LogSlider.DELAY_MS);
        field.addClassName("gl-setup-field");
        return field;
    }
}
