package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.RandomExpressions;
import org.gradientlab.engine.expr.Variables;

/**
 * Random answers for fuzz tests: garbage text (ASCII, operators, pasted Unicode, control and astral characters),
 * well-formed random expressions and slightly broken ones, extreme numbers, lists and grids of random shapes,
 * and JSON-like values of every kind. Deterministic in the seed.
 */
final class RandomAnswers {

    private static final String[] PIECES = {
        "x",
        "x1",
        "x2",
        "h",
        "y",
        "2",
        "0",
        "1e308",
        "1e-320",
        "0.5",
        "+",
        "-",
        "*",
        "/",
        "^",
        "**",
        "(",
        ")",
        " ",
        "sin",
        "cos",
        "exp",
        "ln",
        "log",
        "sqrt",
        "abs",
        "tanh",
        "sigmoid",
        "relu",
        "pi",
        "e",
        "diff",
        ",",
        ".",
        "=",
        "[",
        "]",
        "{",
        "}",
        "²",
        "³",
        "·",
        "×",
        "−",
        "π",
        "√",
        "∞",
        "∂",
        "é",
        "你",
        "\u0000",
        "\t",
        "\n",
        "\u200b",
        "\u202e",
        "😀",
        "\uD800",
        "NaN",
        "Infinity",
        "1/0",
        "0/0",
        "1e400",
        "x^100000",
        "((((((",
        "))))",
        "2x",
        "x x"
    };

    private final SplittableRandom random;
    private final RandomExpressions expressions;
    private final List<String> variables;

    RandomAnswers(long seed, List<String> variables) {
        this.random = new SplittableRandom(seed);
        this.variables = variables;
        this.expressions = new RandomExpressions(seed ^ 0x5DEECE66DL, new Variables(variables));
    }

    /** A string answer of one of several kinds. */
    String text() {
        return switch (random.nextInt(6)) {
            case 0 -> garbage();
            case 1, 2 -> expression();
            case 3 -> broken(expression());
            case 4 -> number();
            default -> pieces();
        };
    }

    private String garbage() {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(40);
        for (int i = 0; i < n; i++) {
            s.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x110000) : 32 + random.nextInt(95));
        }
        return s.toString();
    }

    private String pieces() {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    private String expression() {
        return Expression.of(expressions.next(1 + random.nextInt(5)), new Variables(variables))
                .toText();
    }

    private String broken(String s) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && !b.isEmpty(); i++) {
            int at = random.nextInt(b.length());
            if (random.nextBoolean()) {
                b.deleteCharAt(at);
            } else {
                b.insert(at, PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return b.toString();
    }

    private String number() {
        return switch (random.nextInt(5)) {
            case 0 -> Double.toString(random.nextDouble(-10, 10));
            case 1 -> Double.toString(Double.longBitsToDouble(random.nextLong()));
            case 2 -> Long.toString(random.nextLong());
            case 3 -> Integer.toString(random.nextInt(-3, 20000));
            default -> random.nextInt(1, 9) + "e" + random.nextInt(-400, 400);
        };
    }

    /** 0 to 6 entries. */
    List<String> entries() {
        List<String> out = new ArrayList<>();
        int n = random.nextInt(7);
        for (int i = 0; i < n; i++) {
            out.add(random.nextInt(3) == 0 ? text() : number());
        }
        return out;
    }

    /** 0 to 5 rows of 0 to 5 cells each (ragged). */
    List<List<String>> grid() {
        List<List<String>> rows = new ArrayList<>();
        int r = random.nextInt(6);
        int width = random.nextInt(6);
        for (int i = 0; i < r; i++) {
            List<String> row = new ArrayList<>();
            int c = random.nextInt(4) == 0 ? random.nextInt(6) : width;
            for (int j = 0; j < c; j++) {
                row.add(random.nextInt(3) == 0 ? text() : number());
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Random settings: mostly well-formed (a learning rate from 1e-9 to 100, steps up to past the budgets), with
     * garbage, missing or extra keys now and then.
     */
    Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        if (random.nextInt(12) != 0) {
            out.put("lr", random.nextInt(8) == 0 ? text() : Double.toString(Math.pow(10, random.nextDouble(-9, 2))));
        }
        if (random.nextInt(12) != 0) {
            out.put("steps", random.nextInt(8) == 0 ? text() : Integer.toString(random.nextInt(-5, 12000)));
        }
        if (random.nextInt(10) == 0) {
            out.put(garbage(), text());
        }
        return out;
    }

    /** A JSON-like value of any shape: what a careless or hostile client might send. */
    Object json(int depth) {
        return switch (depth <= 0 ? random.nextInt(4) : random.nextInt(7)) {
            case 0 -> text();
            case 1 -> random.nextDouble(-1e6, 1e6);
            case 2 -> null;
            case 3 -> random.nextBoolean();
            case 4 -> new ArrayList<>(entries());
            case 5 -> {
                List<Object> list = new ArrayList<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    list.add(json(depth - 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                int n = random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    map.put(garbage(), json(depth - 1));
                }
                yield map;
            }
        };
    }

    SplittableRandom random() {
        return random;
    }
}
