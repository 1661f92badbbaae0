package org.gradientlab.api.optimize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gradientlab.api.ApiException;
import org.gradientlab.api.Fields;
import org.gradientlab.engine.optim.Schedule;

/**
 * The request's {@code schedule}: α_k as a function of the update index k (k = 0 for the first update), with
 * lr0 = the optimizer's {@code lr}. The names and parameters:
 * <ul>
 *   <li>{@code constant}: lr0;
 *   <li>{@code step} {gamma (default 0.1, as PyTorch's StepLR), every}: lr0·gamma^⌊k/every⌋;
 *   <li>{@code exponential} {decay}: lr0·decay^k;
 *   <li>{@code cosine} {period}: lr0·½(1 + cos(πk/period)) for k &lt; period, then 0;
 *   <li>{@code cosine-restarts} {period, mult (default 1)}: SGDR, periods period, period·mult, …;
 *   <li>{@code warmup-cosine} {warmup, period}: lr0·k/warmup for k &lt; warmup, then cosine down to 0 at
 *       k = period (the period counts the warm-up).
 * </ul>
 * A parameter the schedule does not have is refused.
 */
record ScheduleSettings(
        String name, Double gamma, Integer every, Double decay, Integer period, Integer mult, Integer warmup) {

    private static final double STEP_GAMMA = 0.1;

    private static final Map<String, Set<String>> SCHEDULES = schedules();

    private static Map<String, Set<String>> schedules() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("constant", Set.of());
        m.put("step", Set.of("gamma", "every"));
        m.put("exponential", Set.of("decay"));
        m.put("cosine", Set.of("period"));
        m.put("cosine-restarts", Set.of("period", "mult"));
        m.put("warmup-cosine", Set.of("warmup", "period"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The schedule names, in the order the documentation lists them. */
    static List<String> names() {
        return List.copyOf(SCHEDULES.keySet());
    }

    /** The engine's schedule; parameter values are checked by the engine. */
    Schedule toSchedule() {
        String schedule = Fields.required(name, "schedule.name");
        Set<String> own = SCHEDULES.get(schedule);
        if (own == null) {
            throw ApiException.badRequest("Unknown schedule '" + schedule + "'; the schedules are "
                    + String.join(", ", SCHEDULES.keySet()) + ".");
        }
        given().forEach(field -> {
            if (!own.contains(field)) {
                throw ApiException.badRequest("The field 'schedule." + field + "' does not apply to the " + schedule
                        + " schedule"
                        + (own.isEmpty()
                                ? ", which has no parameters."
                                : "; it takes "
                                        + String.join(
                                                ", ", own.stream().sorted().toList()) + "."));
            }
        });
        return switch (schedule) {
            case "constant" -> Schedule.constant();
            case "step" -> Schedule.step(gamma == null ? STEP_GAMMA : gamma, need(every, "every"));
            case "exponential" -> Schedule.exponential(need(decay, "decay"));
            case "cosine" -> Schedule.cosine(need(period, "period"));
            case "cosine-restarts" -> Schedule.warmRestarts(need(period, "period"), mult == null ? 1 : mult);
            case "warmup-cosine" -> Schedule.warmupCosine(need(warmup, "warmup"), need(period, "period"));
            default -> throw new IllegalStateException("schedule table and switch disagree on " + schedule);
        };
    }

    private List<String> given() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("gamma", gamma);
        fields.put("every", every);
        fields.put("decay", decay);
        fields.put("period", period);
        fields.put("mult", mult);
        fields.put("warmup", warmup);
        return fields.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static <T> T need(T value, String field) {
        return Fields.required(value, "schedule." + field);
    }
}
