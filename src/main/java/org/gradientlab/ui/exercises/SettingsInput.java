package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.ExperimentCheck;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.RunCheck;

/**
 * Named settings ({@code lr}, {@code steps}, {@code beta} …) as labelled text fields, or a drop-down where the
 * setting picks one of a few options (a schedule). Where the range is known a slider beside the field sets it
 * too — on a log scale for a learning rate that spans decades — and the native range input moves with the arrow
 * keys. The fields stay the answer: a slider only writes into its field.
 */
final class SettingsInput extends Composite<Div> implements PartInput {

    /** How a setting is entered. */
    record Spec(String key, Scale scale, double low, double high, List<String> options) {}

    enum Scale {
        TEXT,
        LOG,
        LINEAR,
        WHOLE,
        CHOICE
    }

    static final double LOG_LR_MIN = -5;
    static final double LOG_LR_MAX = 0;

    final Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();
    final Map<String, RangeInput> sliders = new LinkedHashMap<>();
    private final Map<String, Spec> specs = new LinkedHashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();

    SettingsInput(Part part) {
        getContent().addClassNames("gl-part-input", "gl-settings");
        for (Spec spec : specs(part)) {
            specs.put(spec.key(), spec);
            String translated = getTranslation("exercise.setting." + spec.key());
            String label = translated.startsWith("!") ? spec.key() : translated;
            Div row = new Div();
            row.addClassName("gl-setting");
            if (spec.scale() == Scale.CHOICE) {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(spec.options());
                select.addClassName("gl-setting-field");
                select.addValueChangeListener(e -> listeners.forEach(Runnable::run));
                fields.put(spec.key(), select);
                row.add(select);
            } else {
                TextField field = Inputs.plainText(new TextField());
                field.setLabel(label);
                field.setValueChangeMode(ValueChangeMode.LAZY);
                field.addClassName("gl-setting-field");
                fields.put(spec.key(), field);
                row.add(field);
                if (spec.scale() != Scale.TEXT) {
                    RangeInput slider = slider(spec, field);
                    sliders.put(spec.key(), slider);
                    row.add(slider);
                }
                field.addValueChangeListener(e -> {
                    syncSlider(spec, e.getValue());
                    listeners.forEach(Runnable::run);
                });
            }
            getContent().add(row);
        }
    }

    /** The settings of the part's check with their ranges; the model answer's keys as plain text otherwise. */
    static List<Spec> specs(Part part) {
        List<Spec> out = new ArrayList<>();
        switch (part.check()) {
            case RunCheck run -> {
                out.add(new Spec("lr", Scale.LOG, LOG_LR_MIN, LOG_LR_MAX, List.of()));
                out.add(new Spec("steps", Scale.WHOLE, 1, run.budget(), List.of()));
            }
            case ExperimentCheck experiment -> {
                for (ExperimentCheck.Setting s : experiment.settings()) {
                    out.add(
                            switch (s.kind()) {
                                case NUMBER ->
                                    s.low() > 0 && s.high() / s.low() >= 100
                                            ? new Spec(
                                                    s.name(),
                                                    Scale.LOG,
                                                    Math.log10(s.low()),
                                                    Math.log10(s.high()),
                                                    List.of())
                                            : new Spec(s.name(), Scale.LINEAR, s.low(), s.high(), List.of());
                                case LENGTH -> new Spec(s.name(), Scale.WHOLE, 1, s.high(), List.of());
                                case SCHEDULE ->
                                    new Spec(
                                            s.name(),
                                            Scale.CHOICE,
                                            0,
                                            0,
                                            List.copyOf(experiment.schedules().keySet()));
                            });
                }
            }
            default ->
                ((Answer.Settings) part.modelAnswer())
                        .values()
                        .keySet()
                        .forEach(k -> out.add(new Spec(k, Scale.TEXT, 0, 0, List.of())));
        }
        return out;
    }

    private RangeInput slider(Spec spec, TextField field) {
        RangeInput slider = new RangeInput(ValueChangeMode.EAGER);
        slider.addClassName("gl-setting-slider");
        slider.setAriaLabel(field.getLabel());
        slider.setMin(spec.low());
        slider.setMax(spec.high());
        switch (spec.scale()) {
            case LOG -> slider.setStep(0.01);
            case WHOLE -> slider.setStep(1.0);
            default -> slider.setStep((spec.high() - spec.low()) / 200);
        }
        slider.setValue(spec.scale() == Scale.WHOLE ? spec.high() : (spec.low() + spec.high()) / 2);
        slider.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                double v = e.getValue();
                field.setValue(
                        switch (spec.scale()) {
                            case LOG -> Inputs.number(Math.pow(10, v));
                            case WHOLE -> Long.toString(Math.round(v));
                            default -> Inputs.number(v);
                        });
            }
        });
        return slider;
    }

    private void syncSlider(Spec spec, String text) {
        RangeInput slider = sliders.get(spec.key());
        if (slider == null) {
            return;
        }
        try {
            double v = Double.parseDouble(text.strip());
            if (spec.scale() == Scale.LOG && v > 0) {
                slider.setValue(Math.clamp(Math.log10(v), spec.low(), spec.high()));
            } else if (spec.scale() != Scale.LOG) {
                slider.setValue(Math.clamp(v, spec.low(), spec.high()));
            }
        } catch (NumberFormatException e) {
            // a slider can only show a plain number; the grader explains anything else on submit
        }
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Answer answer() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((k, f) -> {
            String v = f.getValue();
            if (v != null && !v.isBlank()) {
                values.put(k, v.strip());
            }
        });
        return Answer.settings(values);
    }

    @Override
    public void setAnswer(Answer answer) {
        if (answer instanceof Answer.Settings s) {
            fields.forEach((k, f) -> {
                String v = s.values().getOrDefault(k, "");
                f.setValue(v.isEmpty() && f instanceof Select<?> ? null : v);
            });
        }
    }

    @Override
    public Registration addChangeListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
