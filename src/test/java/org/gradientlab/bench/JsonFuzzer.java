package org.gradientlab.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gradientlab.exercises.Answer;

/**
 * Turns an answer into what the API would receive decoded from JSON (strings, numbers, lists, maps), and now and
 * then into a value JSON can carry but no answer encoding accepts: null, booleans, NaN, nested maps, mixed lists.
 */
final class JsonFuzzer {

    private final SplittableRandom random;
    private final AnswerFuzzer texts;

    JsonFuzzer(SplittableRandom random, AnswerFuzzer texts) {
        this.random = random;
        this.texts = texts;
    }

    /** The answer as the API would receive it decoded from JSON, sometimes with values JSON can carry but should not. */
    Object json(Answer answer) {
        if (random.nextInt(10) == 0) {
            return oddJson(0);
        }
        return switch (answer) {
            case Answer.Text t -> random.nextInt(8) == 0 ? numberOrText(t.text()) : t.text();
            case Answer.Entries e -> new ArrayList<Object>(e.entries());
            case Answer.Grid g ->
                g.rows().stream().map(r -> (Object) new ArrayList<Object>(r)).toList();
            case Answer.Settings s -> new LinkedHashMap<>(s.values());
        };
    }

    private Object numberOrText(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private Object oddJson(int depth) {
        return switch (depth > 2 ? random.nextInt(5) : random.nextInt(8)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt(7) - 3;
            case 3 ->
                List.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, Double.MIN_VALUE)
                        .get(random.nextInt(4));
            case 4 -> texts.text(List.of("x"));
            case 5 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(oddJson(depth + 1));
                }
                yield list;
            }
            case 6 -> {
                Map<Object, Object> map = new LinkedHashMap<>();
                map.put(random.nextBoolean() ? "lr" : null, oddJson(depth + 1));
                yield map;
            }
            default -> random.nextLong();
        };
    }
}
