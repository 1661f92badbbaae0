package org.gradientlab.ui.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.gradientlab.charts.Colour;
import org.gradientlab.engine.optim.MomentumForm;
import org.gradientlab.engine.optim.NesterovForm;

/**
 * One racer as a link writes it: the method's API name, then {@code key:value} pairs for α, the method's own
 * hyperparameters, clipping, the schedule with its parameters and the colour, e.g.
 * {@code momentum,lr:0.001,beta:0.9,form:heavy-ball,sched:cosine,period:500,c:E69F00}.
 */
final class RacerText {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{6}");

    private RacerText() {}

    static String write(Racer racer) {
        Racer r = racer.canonical();
        List<String> parts = new ArrayList<>();
        parts.add(r.method().apiName());
        parts.add("lr:" + QueryText.number(r.learningRate()));
        Method m = r.method();
        if (m.has(Hyperparameter.BETA)) {
            parts.add("beta:" + QueryText.number(r.beta()));
        }
        if (m.has(Hyperparameter.MOMENTUM_FORM)) {
            parts.add("form:" + r.momentumForm().apiName());
        }
        if (m.has(Hyperparameter.NESTEROV_FORM)) {
            parts.add("form:" + r.nesterovForm().apiName());
        }
        addIf(parts, m, Hyperparameter.BETA1, r.beta1());
        addIf(parts, m, Hyperparameter.BETA2, r.beta2());
        addIf(parts, m, Hyperparameter.RHO, r.rho());
        addIf(parts, m, Hyperparameter.EPSILON, r.epsilon());
        addIf(parts, m, Hyperparameter.WEIGHT_DECAY, r.weightDecay());
        addIf(parts, m, Hyperparameter.MEMORY, r.memory());
        if (r.clipped()) {
            parts.add("clip:" + QueryText.number(r.clipNorm()));
        }
        ScheduleSettings schedule = r.schedule();
        if (schedule.kind() != ScheduleSettings.Kind.CONSTANT) {
            parts.add("sched:" + schedule.kind().apiName());
            for (ScheduleSettings.Parameter p : schedule.kind().parameters()) {
                parts.add(p.key() + ":" + QueryText.number(schedule.get(p)));
            }
        }
        parts.add("c:" + r.colour().hex().substring(1));
        return String.join(",", parts);
    }

    private static void addIf(List<String> parts, Method method, Hyperparameter h, double value) {
        if (method.has(h)) {
            parts.add(h.key() + ":" + QueryText.number(value));
        }
    }

    /**
     * Reads racer number {@code number} (1-based, for notices); empty when its method is unknown. Every other
     * unusable value falls back to its default with a notice.
     */
    static Optional<Racer> read(String text, int number, List<LinkNotice> notices) {
        String[] parts = text.split(",", -1);
        Optional<Method> method = Method.fromApiName(parts[0].trim().toLowerCase(Locale.ROOT));
        if (method.isEmpty()) {
            notices.add(LinkNotice.of(LinkNotice.Key.UNKNOWN_OPTIMIZER, number, parts[0]));
            return Optional.empty();
        }
        Racer racer = Racer.of(method.get(), Colour.automatic(number - 1));
        ScheduleSettings schedule = ScheduleSettings.CONSTANT;
        List<String[]> scheduleParameters = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            int colon = part.indexOf(':');
            String key = colon < 0 ? part : part.substring(0, colon);
            String value = colon < 0 ? "" : part.substring(colon + 1);
            String where = "r" + number + "." + key;
            switch (key) {
                case "lr" ->
                    racer = number(value, where, notices, v -> v >= 0 && v <= Racer.MAX_RATE)
                            .map(racer::withLearningRate)
                            .orElse(racer);
                case "clip" ->
                    racer = number(value, where, notices, v -> v > 0 && v <= Racer.MAX_RATE)
                            .map(racer::withClipNorm)
                            .orElse(racer);
                case "form" -> racer = form(racer, value, where, notices);
                case "sched" -> {
                    Optional<ScheduleSettings.Kind> kind = ScheduleSettings.Kind.fromApiName(value);
                    if (kind.isPresent()) {
                        schedule = schedule.withKind(kind.get());
                    } else {
                        notices.add(LinkNotice.of(LinkNotice.Key.BAD_VALUE, where, value));
                    }
                }
                case "c" -> {
                    if (HEX.matcher(value).matches()) {
                        racer = racer.withColour(new Colour("#" + value.toUpperCase(Locale.ROOT)));
                    } else {
                        notices.add(LinkNotice.of(LinkNotice.Key.BAD_VALUE, where, value));
                    }
                }
                default -> {
                    Optional<Hyperparameter> h = hyperparameter(key);
                    Optional<ScheduleSettings.Parameter> s = scheduleParameter(key);
                    if (h.isPresent()) {
                        racer = hyperparameter(racer, h.get(), value, where, notices);
                    } else if (s.isPresent()) {
                        scheduleParameters.add(new String[] {key, value});
                    } else {
                        notices.add(LinkNotice.of(LinkNotice.Key.UNKNOWN_SETTING, where));
                    }
                }
            }
        }
        return Optional.of(racer.withSchedule(schedule(schedule, scheduleParameters, number, notices)));
    }

    private static ScheduleSettings schedule(
            ScheduleSettings schedule, List<String[]> parameters, int number, List<LinkNotice> notices) {
        ScheduleSettings result = schedule;
        for (String[] kv : parameters) {
            ScheduleSettings.Parameter p = scheduleParameter(kv[0]).orElseThrow();
            String where = "r" + number + "." + kv[0];
            OptionalDouble value = QueryText.parseNumber(kv[1]);
            if (value.isPresent() && p.accepts(value.getAsDouble())) {
                result = result.with(p, value.getAsDouble());
            } else {
                notices.add(LinkNotice.of(LinkNotice.Key.BAD_VALUE, where, kv[1]));
            }
        }
        if (result.kind() == ScheduleSettings.Kind.WARMUP_COSINE && result.warmup() > result.period()) {
            notices.add(LinkNotice.of(LinkNotice.Key.BAD_VALUE, "r" + number + ".warmup", result.warmup()));
            result = result.with(
                    ScheduleSettings.Parameter.WARMUP, Math.min(ScheduleSettings.CONSTANT.warmup(), result.period()));
        }
        return result;
    }

    private static Racer hyperparameter(
            Racer racer, Hyperparameter h, String text, String where, List<LinkNotice> notices) {
        OptionalDouble parsed = QueryText.parseNumber(text);
        if (parsed.isEmpty() || !h.accepts(parsed.getAsDouble())) {
            notices.add(LinkNotice.of(LinkNotice.Key.BAD_VALUE, where, text));
            return racer;
        }
        double v = parsed.getAsDouble();
        return switch (h) {
            case BETA -> racer.withMomentum(v, racer.momentumForm()).withNesterov(v, racer.nesterovForm());
            case BETA1 -> racer.withAdam(v, racer.beta2(), racer.epsilon(), racer.weightDecay());
            case BETA2 -> racer.withAdam(racer.beta1(), v, racer.epsilon(), racer.weightDecay());
            case EPSILON -> racer.withAdam(racer.beta1(), racer.beta2(), v, racer.weightDecay());
            case WEIGHT_DECAY -> racer.withAdam(racer.beta1(), racer.beta2(), racer.epsilon(), v);
            case RHO -> racer.withRmsProp(v, racer.epsilon());
            case MEMORY -> racer.withMemory((int) v);
            case MOMENTUM_FORM, NESTEROV_FORM -> racer;
        };
    }

    private static Racer form(Racer racer, String text, String where, List<LinkNotice> notices) {
        if (racer.method() == Method.NESTEROV) {
            Optional<NesterovForm> form = NesterovForm.fromApiName(text);
            if (form.isPresent()) {
                return racer.withNesterov(racer.beta(), form.get());
            }
        } else {
            Optional<MomentumForm> form = MomentumForm.fromApiName(text);
            if (form.isPresent()) {
                return racer.withMomentum(racer.beta(), form.get());
            }
        }
        notices.add(LinkNotice.of(LinkNotice.Key.BAD_VALUE, where, text));
        return racer;
    }

    private static Optional<Double> number(
            String text, String where, List<LinkNotice> notices, java.util.function.DoublePredicate allowed) {
        OptionalDouble value = QueryText.parseNumber(text);
        if (value.isPresent() && allowed.test(value.getAsDouble())) {
            return Optional.of(value.getAsDouble());
        }
        notices.add(LinkNotice.of(LinkNotice.Key.BAD_VALUE, where, text));
        return Optional.empty();
    }

    private static Optional<Hyperparameter> hyperparameter(String key) {
        for (Hyperparameter h : Hyperparameter.values()) {
            if (h.key().equals(key) && h != Hyperparameter.MOMENTUM_FORM && h != Hyperparameter.NESTEROV_FORM) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    private static Optional<ScheduleSettings.Parameter> scheduleParameter(String key) {
        for (ScheduleSettings.Parameter p : ScheduleSettings.Parameter.values()) {
            if (p.key().equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
