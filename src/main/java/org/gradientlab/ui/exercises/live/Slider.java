package org.gradientlab.ui.exercises.live;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;

/**
 * A labelled native range input (arrow keys move it) whose value is shown beside it, reporting its value at most
 * every {@value #DEBOUNCE_MS} ms while it is dragged, so that a chart follows the thumb live. The slider may work
 * on a transformed scale (log₁₀ α): {@code toValue} maps the slider position to the value and {@code format}
 * shows it.
 */
class Slider extends Composite<Div> {

    static final int DEBOUNCE_MS = 30;
    private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong();

    final RangeInput input = new RangeInput(ValueChangeMode.TIMEOUT);
    final Span valueText = new Span();
    final Div track = new Div(input);
    private final DoubleFunction<String> format;
    private final DoubleFunction<Double> toValue;

    Slider(
            String label,
            double min,
            double max,
            double step,
            DoubleFunction<Double> toValue,
            DoubleFunction<String> format) {
        this.format = format;
        this.toValue = toValue;
        input.setValueChangeTimeout(DEBOUNCE_MS);
        input.setMin(min);
        input.setMax(max);
        input.setStep(step);
        input.setId("gl-slider-" + IDS.incrementAndGet());
        input.addClassName("gl-slider-input");
        input.setAriaLabel(label);
        NativeLabel name = new NativeLabel(label);
        name.setFor(input);
        name.addClassName("gl-slider-label");
        valueText.addClassName("gl-slider-value");
        getContent().addClassName("gl-slider");
        track.addClassName("gl-slider-track");
        getContent().add(name, track, valueText);
        input.addValueChangeListener(e -> valueText.setText(format.apply(value())));
    }

    /** The value the slider stands for (after the transformation). */
    double value() {
        Double position = input.getValue();
        return toValue.apply(position == null ? input.getMin() : position);
    }

    /** Moves the thumb to this position (on the slider's own scale), without waiting for the browser. */
    void setPosition(double position) {
        input.setValue(Math.clamp(position, input.getMin(), input.getMax()));
        valueText.setText(format.apply(value()));
    }

    /** A mark on the track at this position (on the slider's own scale), e.g. a threshold; hidden at first. */
    Div mark(double position, String title) {
        Div marker = new Div();
        marker.addClassName("gl-slider-mark");
        marker.getElement().setAttribute("title", title);
        double fraction = (position - input.getMin()) / (input.getMax() - input.getMin());
        marker.getStyle().set("--gl-mark-at", Math.clamp(fraction, 0, 1) + "");
        marker.setVisible(false);
        track.add(marker);
        return marker;
    }

    void onChange(DoubleConsumer listener) {
        input.addValueChangeListener(e -> listener.accept(value()));
    }
}
