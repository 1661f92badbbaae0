package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.RunCheck;

/**
 * Named settings ({@code lr}, {@code steps} …) as labelled text fields. Where the range is known — the learning
 * rate of an optimizer run (10⁻⁵ … 1, on a log scale) and its steps (1 … the budget) — a slider beside the field
 * sets it too; the native range input moves with the arrow keys.
 */
final class SettingsInput extends Composite<Div> implements PartInput {

    /** The learning-rate slider works in log₁₀ α, in hundredths of a decade. */
    static final double LOG_LR_MIN = -5;
    static final double LOG_LR_MAX = 0;

    final Map<String, TextField> fields = new LinkedHashMap<>();
    final Map<String, RangeInput> sliders = new LinkedHashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();

    SettingsInput(Part part) {
        getContent().addClassNames("gl-part-input", "gl-settings");
        Map<String, String> model = ((Answer.Settings) part.modelAnswer()).values();
        List<String> keys = part.check() instanceof RunCheck ? RunCheck.KEYS : List.copyOf(model.keySet());
        for (String key : keys) {
            TextField field = Inputs.plainText(new TextField());
            String label = getTranslation("exercise.setting." + key);
            field.setLabel(label.startsWith("!") ? key : label);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addClassName("gl-setting-field");
            fields.put(key, field);
            Div row = new Div(field);
            row.addClassName("gl-setting");
            if (part.check() instanceof RunCheck run) {
                RangeInput slider = slider(key, run, field);
                sliders.put(key, slider);
                row.add(slider);
            }
            field.addValueChangeListener(e -> {
                syncSlider(key, e.getValue());
                listeners.forEach(Runnable::run);
            });
            getContent().add(row);
        }
    }

    private RangeInput slider(String key, RunCheck run, TextField field) {
        RangeInput slider = new RangeInput(ValueChangeMode.EAGER);
        slider.addClassName("gl-setting-slider");
        slider.setAriaLabel(field.getLabel());
        if (key.equals("lr")) {
            slider.setMin(LOG_LR_MIN);
            slider.setMax(LOG_LR_MAX);
            slider.setStep(0.01);
            slider.setValue(-3.0);
            slider.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    field.setValue(Inputs.number(Math.pow(10, e.getValue())));
                }
            });
        } else {
            slider.setMin(1);
            slider.setMax(run.budget());
            slider.setStep(1.0);
            slider.setValue((double) run.budget());
            slider.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    field.setValue(Long.toString(Math.round(e.getValue())));
                }
            });
        }
        return slider;
    }

    private void syncSlider(String key, String text) {
        RangeInput slider = sliders.get(key);
        if (slider == null) {
            return;
        }
        try {
            double v = Double.parseDouble(text.strip());
            if (key.equals("lr") && v > 0) {
                slider.setValue(Math.clamp(Math.log10(v), LOG_LR_MIN, LOG_LR_MAX));
            } else if (!key.equals("lr")) {
                slider.setValue(Math.clamp(v, slider.getMin(), slider.getMax()));
            }
        } catch (NumberFormatException e) {
            // a slider cannot show what is not a plain number; the grader explains the entry on submit
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
            if (!f.getValue().isBlank()) {
                values.put(k, f.getValue().strip());
            }
        });
        return Answer.settings(values);
    }

    @Override
    public void setAnswer(Answer answer) {
        if (answer instanceof Answer.Settings s) {
            fields.forEach((k, f) -> f.setValue(s.values().getOrDefault(k, "")));
        }
    }

    @Override
    public Registration addChangeListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
