package org.gradientlab.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random request bodies for fuzz tests, from a seeded {@link SplittableRandom}: the caller's plausible bodies (mostly
 * valid requests), the same with a field dropped, retyped or added, with a few characters edited, random JSON of any
 * shape, and random text.
 */
public final class RandomBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] EXPRESSION_TOKENS = {
        "x", "y", "z", "x1", "x2", "a", "t", "w", "xy", "2", "0.5", "1e-3", "1e308", "10000", "0", "pi", "e", "π", "+",
        "-", "−", "*", "·", "/", "^", "**", "²", "(", ")", "(", ")", "[", ",", "=", " ", "sin", "cos", "log", "ln",
        "exp", "sqrt", "abs", "tanh", "sigmoid", "relu", "sign", "step", "tan", "!", "\u0000", "é", "𝑥"
    };

    private final SplittableRandom random;
    private final Function<SplittableRandom, Map<String, Object>> plausible;

    /**
     * @param random    the seeded source
     * @param plausible makes a plausible body of the endpoint: mostly a valid request
     */
    public RandomBodies(SplittableRandom random, Function<SplittableRandom, Map<String, Object>> plausible) {
        this.random = random;
        this.plausible = plausible;
    }

    /**
     * The next body: 40% plausible, 25% with one field dropped, retyped or added, 20% with characters edited, 10%
     * random JSON, 5% random text.
     */
    public String next() {
        int kind = random.nextInt(20);
        if (kind < 8) {
            return JSON.writeValueAsString(plausible.apply(random));
        }
        if (kind < 13) {
            return JSON.writeValueAsString(changedField(plausible.apply(random)));
        }
        if (kind < 17) {
            return edited(JSON.writeValueAsString(plausible.apply(random)));
        }
        if (kind < 19) {
            return JSON.writeValueAsString(anyValue(random, 3));
        }
        return randomText();
    }

    private Map<String, Object> changedField(Map<String, Object> body) {
        List<String> names = new ArrayList<>(body.keySet());
        if (names.isEmpty() || random.nextInt(4) == 0) {
            body.put(pick(random, "unexpected", "Expression", "step"), anyValue(random, 1));
            return body;
        }
        String name = names.get(random.nextInt(names.size()));
        if (random.nextBoolean()) {
            body.remove(name);
        } else {
            body.put(name, anyValue(random, 2));
        }
        return body;
    }

    private String edited(String text) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && !s.isEmpty(); i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, "{}[]\",:0-eE.n\\ ".charAt(random.nextInt(15)));
                default -> s.setCharAt(at, (char) (32 + random.nextInt(95)));
            }
        }
        return s.toString();
    }

    private String randomText() {
        int length = random.nextInt(120);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) random.nextInt(random.nextBoolean() ? 128 : 0xD7FF));
        }
        return s.toString();
    }

    /** Any JSON value: null, a boolean, a number of any size, a string, or nested lists and objects. */
    public static Object anyValue(SplittableRandom random, int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 7);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt(-5, 200);
            case 3 -> pick(random, 0.0, -0.0, 1e308, -1e308, 4.9e-324, 1e-300, 2147483648.0, 1.5, -7.25, 1e20);
            case 4 -> pick(random, "NaN", "Infinity", "-Infinity", "", "x", "0.1", "true", "null", "🙂", "a-b");
            case 5 -> random.nextLong();
            case 6 -> expression(random);
            case 7 -> {
                List<Object> list = new ArrayList<>();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    list.add(anyValue(random, depth - 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    map.put(pick(random, "x", "name", "lr", "a", "", "derivative", "0"), anyValue(random, depth - 1));
                }
                yield map;
            }
        };
    }

    /** A string made of expression-language tokens, readable or not; now and then one over the length limit. */
    public static String expression(SplittableRandom random) {
        if (random.nextInt(100) == 0) {
            return "x+".repeat(1001) + "x";
        }
        StringBuilder s = new StringBuilder();
        int tokens = 1 + random.nextInt(14);
        for (int i = 0; i < tokens; i++) {
            s.append(EXPRESSION_TOKENS[random.nextInt(EXPRESSION_TOKENS.length)]);
        }
        return s.toString();
    }

    /** A list of 0 to {@code max} values from {@code element}. */
    public static List<Object> listOf(SplittableRandom random, int max, Function<SplittableRandom, Object> element) {
        List<Object> list = new ArrayList<>();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            list.add(element.apply(random));
        }
        return list;
    }

    /** A number, mostly small, sometimes extreme or non-finite (as the API's strings). */
    public static Object number(SplittableRandom random) {
        return random.nextInt(6) == 0
                ? pick(random, "NaN", "Infinity", "-Infinity", 1e308, -1e300, 0.0, 1e-320)
                : Math.round(random.nextDouble(-5, 5) * 100) / 100.0;
    }

    @SafeVarargs
    public static <T> T pick(SplittableRandom random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
