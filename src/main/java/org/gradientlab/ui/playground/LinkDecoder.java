package org.gradientlab.ui.playground;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;

/**
 * Reads a {@link PlaygroundState} from a link, trusting nothing: each parameter is read on its own, and a value
 * that is missing, malformed or out of range is replaced by the default with a {@link LinkNotice}. An empty
 * query is the default race; a query without racers is a race without racers.
 */
final class LinkDecoder {

    /** The longest query read; anything longer is a tampered link, and its tail is ignored. */
    static final int MAX_QUERY_LENGTH = 8_000;

    private static final Set<String> KNOWN = Set.of("f", "win", "start", "steps", "below", "r");

    private LinkDecoder() {}

    static PlaygroundState.Decoded decode(String query) {
        List<LinkNotice> notices = new ArrayList<>();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String text = query == null ? "" : query.startsWith("?") ? query.substring(1) : query;
        if (text.length() > MAX_QUERY_LENGTH) {
            notices.add(LinkNotice.of(LinkNotice.Key.BAD_ENCODING, text.substring(MAX_QUERY_LENGTH)));
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            Optional<String> key = QueryText.decode(equals < 0 ? pair : pair.substring(0, equals));
            Optional<String> value = QueryText.decode(equals < 0 ? "" : pair.substring(equals + 1));
            if (key.isEmpty() || value.isEmpty()) {
                notices.add(LinkNotice.of(LinkNotice.Key.BAD_ENCODING, pair));
                continue;
            }
            parameters.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(value.get());
        }
        PlaygroundState.Decoded decoded = decode(parameters);
        notices.addAll(decoded.notices());
        return new PlaygroundState.Decoded(decoded.state(), notices);
    }

    static PlaygroundState.Decoded decode(Map<String, List<String>> parameters) {
        PlaygroundState d = PlaygroundState.DEFAULT;
        List<LinkNotice> notices = new ArrayList<>();
        if (parameters.isEmpty()) {
            return new PlaygroundState.Decoded(d, notices);
        }
        parameters.keySet().stream()
                .filter(k -> !KNOWN.contains(k))
                .forEach(k -> notices.add(LinkNotice.of(LinkNotice.Key.UNKNOWN_SETTING, k)));

        String function = first(parameters, "f").map(f -> function(f, notices)).orElse(d.function());
        Window window =
                first(parameters, "win").flatMap(w -> window(w, notices)).orElse(d.window());
        double[] start = first(parameters, "start")
                .flatMap(s -> start(s, notices))
                .orElse(new double[] {d.startX(), d.startY()});
        int steps = first(parameters, "steps").map(s -> steps(s, notices)).orElse(d.steps());
        OptionalDouble below =
                first(parameters, "below").map(b -> below(b, notices)).orElse(OptionalDouble.empty());

        List<Racer> racers = new ArrayList<>();
        List<String> racerTexts = parameters.getOrDefault("r", List.of());
        for (int i = 0; i < racerTexts.size(); i++) {
            if (racers.size() == PlaygroundState.MAX_RACERS) {
                notices.add(LinkNotice.of(LinkNotice.Key.TOO_MANY_RACERS, PlaygroundState.MAX_RACERS));
                break;
            }
            RacerText.read(racerTexts.get(i), i + 1, notices).ifPresent(racers::add);
        }
        return new PlaygroundState.Decoded(
                new PlaygroundState(function, window, start[0], start[1], steps, below, racers), notices);
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private static String function(String text, List<LinkNotice> notices) {
        if (Expression.tryParse(text, Surface.VARIABLES) instanceof ParseResult.Failure failure) {
            notices.add(LinkNotice.of(LinkNotice.Key.BAD_FUNCTION, text, failure.column()));
            return PlaygroundState.DEFAULT.function();
        }
        return text;
    }

    private static Optional<Window> window(String text, List<LinkNotice> notices) {
        Optional<double[]> values = numbers(text, 4);
        if (values.isPresent()) {
            double[] v = values.get();
            if (Window.valid(v[0], v[1], v[2], v[3])) {
                return Optional.of(new Window(v[0], v[1], v[2], v[3]));
            }
        }
        notices.add(LinkNotice.of(LinkNotice.Key.BAD_VALUE, "win", text));
        return Optional.empty();
    }

    private static Optional<double[]> start(String text, List<LinkNotice> notices) {
        Optional<double[]> values = numbers(text, 2).filter(v -> Window.within(v[0]) && Window.within(v[1]));
        if (values.isEmpty()) {
            notices.add(LinkNotice.of(LinkNotice.Key.BAD_VALUE, "start", text));
        }
        return values;
    }

    private static int steps(String text, List<LinkNotice> notices) {
        OptionalInt steps = QueryText.parseInteger(text);
        if (steps.isPresent() && steps.getAsInt() >= 1 && steps.getAsInt() <= PlaygroundState.MAX_STEPS) {
            return steps.getAsInt();
        }
        notices.add(LinkNotice.of(LinkNotice.Key.BAD_VALUE, "steps", text));
        return PlaygroundState.DEFAULT.steps();
    }

    private static OptionalDouble below(String text, List<LinkNotice> notices) {
        OptionalDouble below = QueryText.parseNumber(text);
        if (below.isEmpty()) {
            notices.add(LinkNotice.of(LinkNotice.Key.BAD_VALUE, "below", text));
        }
        return below;
    }

    /** Exactly {@code count} comma-separated finite numbers. */
    private static Optional<double[]> numbers(String text, int count) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            return Optional.empty();
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            OptionalDouble v = QueryText.parseNumber(parts[i].trim());
            if (v.isEmpty()) {
                return Optional.empty();
            }
            values[i] = v.getAsDouble();
        }
        return Optional.of(values);
    }
}
