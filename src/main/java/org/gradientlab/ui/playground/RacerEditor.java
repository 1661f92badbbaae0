package org.gradientlab.ui.playground;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.charts.Colour;
import org.gradientlab.engine.optim.MomentumForm;
import org.gradientlab.engine.optim.NesterovForm;
import org.gradientlab.ui.playground.ScheduleSettings.Kind;
import org.gradientlab.ui.playground.ScheduleSettings.Parameter;

/**
 * The settings of one racer: optimizer, learning rate on a log slider, only the hyperparameters that optimizer
 * has (a momentum racer names its form and its update rule; a Nesterov racer says what its path shows), the
 * schedule with its parameters, gradient clipping, and the colour of its path. Every change fires a
 * {@link ChangeEvent} with the new {@link Racer}; the remove button fires a {@link RemoveEvent}.
 */
class RacerEditor extends Composite<Div> {

    final int key;
    final Span title = new Span();
    final Select<Colour> colour = new Select<>();
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    final Select<Method> method = new Select<>();
    final LogSlider learningRate;
    final NumberField beta = number("playground.beta", 0, 0.999, 0.01);
    final Select<MomentumForm> momentumForm = new Select<>();
    final Span momentumRule = new Span();
    final Select<NesterovForm> nesterovForm = new Select<>();
    final Span nesterovRule = new Span();
    final NumberField beta1 = number("playground.beta1", 0, 0.999, 0.01);
    final NumberField beta2 = number("playground.beta2", 0, 0.99999, 0.001);
    final NumberField epsilon = number("playground.epsilon", 0, 1, 1e-10);
    final NumberField rho = number("playground.rho", 0, 0.999, 0.01);
    final NumberField weightDecay = number("playground.weight-decay", 0, 10, 0.001);
    final NumberField memory = number("playground.memory", 1, Hyperparameter.MAX_MEMORY, 1);
    final Checkbox clip = new Checkbox();
    final NumberField clipNorm = number("playground.clip-norm", 0, Racer.MAX_RATE, 0.1);
    final Select<Kind> schedule = new Select<>();
    final Map<Parameter, NumberField> scheduleParameters = new EnumMap<>(Parameter.class);

    private Racer racer;
    private boolean showing;

    RacerEditor(int key, Racer initial) {
        this.key = key;
        this.racer = initial;
        learningRate = new LogSlider(getTranslation("playground.learning-rate"), initial.learningRate());

        title.addClassName("gl-racer-title");
        colour.setItems(Colour.PALETTE);
        colour.setRenderer(new ComponentRenderer<>(this::swatch));
        colour.setItemLabelGenerator(c -> getTranslation("playground.colour." + colourName(c)));
        colour.setAriaLabel(getTranslation("playground.colour"));
        colour.addClassName("gl-racer-colour");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel(getTranslation("playground.remove-racer"));
        remove.setTooltipText(getTranslation("playground.remove-racer"));
        remove.addClickListener(e -> fireEvent(new RemoveEvent(this)));
        Div header = new Div(colour, title, remove);
        header.addClassName("gl-racer-header");

        method.setLabel(getTranslation("playground.optimizer"));
        method.setItems(Method.values());
        method.setItemLabelGenerator(m -> getTranslation("playground.method." + m.apiName()));
        method.addClassName("gl-racer-method");

        momentumForm.setLabel(getTranslation("playground.momentum-form"));
        momentumForm.setItems(MomentumForm.values());
        momentumForm.setItemLabelGenerator(f -> getTranslation("playground.momentum-form." + f.apiName()));
        nesterovForm.setLabel(getTranslation("playground.nesterov-form"));
        nesterovForm.setItems(NesterovForm.values());
        nesterovForm.setItemLabelGenerator(f -> getTranslation("playground.nesterov-form." + f.apiName()));
        momentumRule.addClassName("gl-racer-rule");
        nesterovRule.addClassName("gl-racer-rule");
        Div momentumBox = new Div(momentumForm, momentumRule);
        momentumBox.addClassName("gl-racer-form");
        Div nesterovBox = new Div(nesterovForm, nesterovRule);
        nesterovBox.addClassName("gl-racer-form");

        Div hyper = new Div(beta, beta1, beta2, rho, epsilon, weightDecay, memory);
        hyper.addClassName("gl-racer-grid");

        schedule.setLabel(getTranslation("playground.schedule"));
        schedule.setItems(Kind.values());
        schedule.setItemLabelGenerator(k -> getTranslation("playground.schedule." + k.apiName()));
        Div scheduleGrid = new Div(schedule);
        scheduleGrid.addClassName("gl-racer-grid");
        for (Parameter p : Parameter.values()) {
            boolean whole = p != Parameter.GAMMA && p != Parameter.DECAY;
            NumberField field = number(
                    "playground.schedule." + p.key(),
                    whole ? (p == Parameter.WARMUP ? 0 : 1) : 0,
                    whole ? ScheduleSettings.MAX_PERIOD : 10,
                    whole ? 1 : 0.01);
            scheduleParameters.put(p, field);
            scheduleGrid.add(field);
        }

        clip.setLabel(getTranslation("playground.clip"));
        clipNorm.setAriaLabel(getTranslation("playground.clip-norm"));
        clipNorm.setLabel(null);
        Div clipRow = new Div(clip, clipNorm);
        clipRow.addClassName("gl-racer-clip");

        getContent().addClassNames("gl-card", "gl-racer");
        getContent().add(header, method, learningRate, hyper, momentumBox, nesterovBox, scheduleGrid, clipRow);

        show(initial);
        listen(
                method,
                learningRate,
                beta,
                momentumForm,
                nesterovForm,
                beta1,
                beta2,
                epsilon,
                rho,
                weightDecay,
                memory,
                clip,
                clipNorm,
                schedule,
                colour);
        scheduleParameters.values().forEach(this::listen);
    }

    /** The racer as the fields now describe it. */
    Racer racer() {
        return racer;
    }

    /** Shows a racer in the fields without firing a change. */
    void show(Racer shown) {
        showing = true;
        try {
            racer = shown;
            method.setValue(shown.method());
            learningRate.setValue(shown.learningRate());
            beta.setValue(shown.beta());
            momentumForm.setValue(shown.momentumForm());
            nesterovForm.setValue(shown.nesterovForm());
            beta1.setValue(shown.beta1());
            beta2.setValue(shown.beta2());
            epsilon.setValue(shown.epsilon());
            rho.setValue(shown.rho());
            weightDecay.setValue(shown.weightDecay());
            memory.setValue((double) shown.memory());
            clip.setValue(shown.clipped());
            clipNorm.setValue(shown.clipped() ? shown.clipNorm() : 1.0);
            schedule.setValue(shown.schedule().kind());
            scheduleParameters.forEach(
                    (p, field) -> field.setValue(shown.schedule().get(p)));
            colour.setValue(shown.colour());
        } finally {
            showing = false;
        }
        refresh();
    }

    /** Names the racer in its header ("Racer 2"). */
    void setNumber(int number) {
        title.setText(getTranslation("playground.racer", number));
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
        return addListener(RemoveEvent.class, listener);
    }

    private void listen(HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(e -> {
                if (!showing) {
                    changed(field == method);
                }
            });
        }
    }

    private void changed(boolean methodChanged) {
        Racer previous = racer;
        Racer next = read();
        if (methodChanged && next.method() != previous.method()) {
            next = previous.switchedTo(next.method());
            show(next);
        }
        racer = next;
        refresh();
        fireEvent(new ChangeEvent(this, next));
    }

    /** The fields as a racer; an empty field keeps the last value. */
    private Racer read() {
        Racer r = racer;
        ScheduleSettings s = r.schedule().withKind(value(schedule, r.schedule().kind()));
        for (Map.Entry<Parameter, NumberField> entry : scheduleParameters.entrySet()) {
            s = s.with(entry.getKey(), value(entry.getValue(), s.get(entry.getKey())));
        }
        return new Racer(
                value(method, r.method()),
                value(learningRate, r.learningRate()),
                value(beta, r.beta()),
                value(momentumForm, r.momentumForm()),
                value(nesterovForm, r.nesterovForm()),
                value(beta1, r.beta1()),
                value(beta2, r.beta2()),
                value(epsilon, r.epsilon()),
                value(rho, r.rho()),
                value(weightDecay, r.weightDecay()),
                (int) Math.rint(value(memory, (double) r.memory())),
                Boolean.TRUE.equals(clip.getValue()) ? value(clipNorm, 1.0) : 0,
                s,
                value(colour, r.colour()));
    }

    private static <T> T value(HasValue<?, T> field, T fallback) {
        T value = field.getValue();
        return value == null ? fallback : value;
    }

    /** Shows only what the current method and schedule have, and names the momentum rule in use. */
    private void refresh() {
        Method m = racer.method();
        beta.setVisible(m.has(Hyperparameter.BETA));
        momentumForm.getParent().ifPresent(p -> p.setVisible(m.has(Hyperparameter.MOMENTUM_FORM)));
        nesterovForm.getParent().ifPresent(p -> p.setVisible(m.has(Hyperparameter.NESTEROV_FORM)));
        beta1.setVisible(m.has(Hyperparameter.BETA1));
        beta2.setVisible(m.has(Hyperparameter.BETA2));
        epsilon.setVisible(m.has(Hyperparameter.EPSILON));
        rho.setVisible(m.has(Hyperparameter.RHO));
        weightDecay.setVisible(m.has(Hyperparameter.WEIGHT_DECAY));
        memory.setVisible(m.has(Hyperparameter.MEMORY));
        beta.getParent()
                .ifPresent(p -> p.setVisible(m.has(Hyperparameter.BETA)
                        || m.has(Hyperparameter.BETA1)
                        || m.has(Hyperparameter.EPSILON)
                        || m.has(Hyperparameter.MEMORY)));
        momentumRule.setText(getTranslation(
                "playground.momentum-form." + racer.momentumForm().apiName() + ".rule"));
        nesterovRule.setText(getTranslation(
                "playground.nesterov-form." + racer.nesterovForm().apiName() + ".rule"));
        List<Parameter> used = racer.schedule().kind().parameters();
        scheduleParameters.forEach((p, field) -> field.setVisible(used.contains(p)));
        clipNorm.setEnabled(racer.clipped());
        getContent().getStyle().set("--gl-racer-colour", racer.colour().hex());
    }

    private NumberField number(String labelKey, double min, double max, double step) {
        NumberField field = new NumberField(getTranslation(labelKey));
        field.setMin(min);
        field.setMax(max);
        field.setStep(step);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(LogSlider.DELAY_MS);
        field.addClassName("gl-racer-field");
        return field;
    }

    private Span swatch(Colour c) {
        Span dot = new Span();
        dot.addClassName("gl-swatch");
        dot.getStyle().set("background", c.hex());
        Span item = new Span(dot, new Span(getTranslation("playground.colour." + colourName(c))));
        item.addClassName("gl-swatch-item");
        return item;
    }

    static String colourName(Colour c) {
        int index = Colour.PALETTE.indexOf(c);
        return List.of("blue", "orange", "green", "vermilion", "sky", "purple", "yellow")
                .get(Math.max(index, 0));
    }

    /** The racer changed. */
    static final class ChangeEvent extends ComponentEvent<RacerEditor> {
        private final Racer racer;

        ChangeEvent(RacerEditor source, Racer racer) {
            super(source, false);
            this.racer = racer;
        }

        Racer racer() {
            return racer;
        }
    }

    /** The visitor asked to remove the racer. */
    static final class RemoveEvent extends ComponentEvent<RacerEditor> {
        RemoveEvent(RacerEditor source) {
            super(source, true);
        }
    }
}
