package org.gradientlab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Choice;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.RunCheck;

/**
 * Makes fuzzed answers for a part: edits of its model and canned answers, random formulas over its variables and
 * others, extreme numbers, the parser's adversarial inputs ({@link ParserInput}), odd Unicode, wrong shapes and
 * wrong encodings. Deterministic in the {@link SplittableRandom} it is given.
 */
final class AnswerFuzzer {

    private static final String[] LEAVES = {
        "x",
        "y",
        "z",
        "h",
        "x1",
        "x2",
        "t",
        "a",
        "b",
        "w",
        "xy",
        "pi",
        "e",
        "π",
        "2",
        "0.5",
        "3",
        "1e-3",
        "1e308",
        "1e-320",
        "0",
        "10000",
        "9999.5",
        "1.7976931348623157e308",
        "4.9e-324"
    };
    private static final String[] FUNCTIONS = {
        "sin", "cos", "tan", "exp", "log", "ln", "sqrt", "abs", "tanh", "sigmoid", "relu", "sign", "step", "diff",
        "Sin", "sinh", "arcsin", "f"
    };
    private static final String[] VALID_FUNCTIONS = {
        "sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh", "sigmoid", "relu"
    };
    private static final String[] OPERATORS = {"+", "-", "*", "/", "^", "**", " ", "·", "×", "−", "÷", ""};
    private static final String NOISE = "()()[]{},=#$%&!?;:'\"\\|<>~`@_²³⁻¹⁰₁₂√∗⋅–.eE+-*/^ \t\n\u00A0\u200B\uFEFF"
            + "\u0000\u202E\uD800\uDFFF😀∞∂∇";
    private static final String[] SPECIALS = {
        "",
        " ",
        "\n",
        "NaN",
        "nan",
        "Infinity",
        "-Infinity",
        "inf",
        "1e309",
        "-1e309",
        "0x10",
        "1_000",
        "1,5",
        "0.1.2",
        "--x",
        "+-+-x",
        "()",
        "(((",
        ")))",
        "x^",
        "^x",
        "2^-1",
        "2^^2",
        "x^9999",
        "x^10001",
        "x^-10001",
        "exp(exp(exp(x)))",
        "1/0",
        "0/0",
        "log(0)",
        "sqrt(-1)",
        "x/0",
        "0^0",
        "(-8)^(1/3)",
        "1e-308/1e308",
        "true",
        "null",
        "undefined",
        "{}",
        "[]",
        "[[1,2],[3,4]]",
        "lr=0.1",
        "2147483648",
        "-2147483649",
        "9223372036854775808",
        "1e9",
        "4.5",
        "-0",
        "0.0000001"
    };
    private static final List<String> ADVERSARIAL = Arrays.stream(ParserInput.values())
            .filter(i -> i != ParserInput.MEGABYTE)
            .map(ParserInput::text)
            .toList();

    private final SplittableRandom random;
    /** The variables of the part being fuzzed. */
    private List<String> variables = List.of("x");

    AnswerFuzzer(SplittableRandom random) {
        this.random = random;
    }

    /** A fuzzed answer for {@code part}: mostly in its encoding, sometimes in another one. */
    Answer answer(Part part) {
        List<String> seeds = seeds(part);
        variables = part.variables();
        if (random.nextInt(40) == 0) {
            return anyEncoding(seeds);
        }
        return switch (part.type()) {
            case EXPRESSION, NUMBER, CHOICE, UPDATE_RULE -> Answer.text(text(seeds));
            case VECTOR, NUMBER_SET -> entries(part.modelAnswer(), seeds);
            case MATRIX -> grid(part.modelAnswer(), seeds);
            case SETTINGS -> settings(part, seeds);
        };
    }

    /** Every string of the model answer, the canned answers and the choices: the material that edits start from. */
    private static List<String> seeds(Part part) {
        List<String> out = new ArrayList<>(strings(part.modelAnswer()));
        for (CannedAnswer c : part.canned()) {
            out.addAll(strings(c.answer()));
        }
        part.choices().stream().map(Choice::id).forEach(out::add);
        out.addAll(part.variables());
        if (out.isEmpty()) {
            out.add("x");
        }
        return out;
    }

    private static List<String> strings(Answer a) {
        return switch (a) {
            case Answer.Text t -> List.of(t.text());
            case Answer.Entries e -> e.entries();
            case Answer.Grid g -> g.rows().stream().flatMap(List::stream).toList();
            case Answer.Settings s -> new ArrayList<>(s.values().values());
        };
    }

    /** One fuzzed string: about half are readable formulas, so the grading itself (not only the parser) is fuzzed. */
    String text(List<String> seeds) {
        return switch (random.nextInt(16)) {
            case 0, 1, 2, 3 -> edit(pick(seeds));
            case 4, 5, 6, 7 -> plausible(pick(seeds));
            case 8, 9 -> formula(1 + random.nextInt(6));
            case 10 -> SPECIALS[random.nextInt(SPECIALS.length)];
            case 11 -> edit(pick(ADVERSARIAL));
            case 12 -> longRepeat(pick(seeds));
            case 13 -> number();
            case 14 -> pick(seeds) + pick(OPERATORS) + pick(seeds);
            default -> pick(seeds);
        };
    }

    /** A well-formed change of a seed, the kind of wrong (or equivalent) answer a student types. */
    private String plausible(String seed) {
        String v = variables.isEmpty() ? "x" : pick(variables);
        return switch (random.nextInt(9)) {
            case 0 -> "(" + seed + ")*" + number();
            case 1 -> "-(" + seed + ")";
            case 2 -> seed + " + " + number();
            case 3 -> "(" + seed + ")/" + v;
            case 4 -> seed.replace(v, "(" + v + "+" + number() + ")");
            case 5 -> seed.replace(pick(VALID_FUNCTIONS), pick(VALID_FUNCTIONS));
            case 6 -> "(" + seed + ")^" + (random.nextInt(5) - 1);
            case 7 -> seed + " - (" + seed + ")";
            default -> pick(VALID_FUNCTIONS) + "(" + seed + ")";
        };
    }

    private String edit(String seed) {
        StringBuilder s = new StringBuilder(seed);
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(6)) {
                case 0 -> s.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                case 1 -> s.insert(at, pick(FUNCTIONS) + (random.nextBoolean() ? "(" : " "));
                case 2 -> s.insert(at, pick(OPERATORS) + pick(LEAVES));
                case 3 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                case 4 -> {
                    if (at < s.length()) {
                        s.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
                    }
                }
                default -> {
                    int end = at + random.nextInt(Math.max(1, s.length() - at + 1));
                    s.insert(at, s.substring(at, Math.min(end, s.length())));
                }
            }
        }
        return s.toString();
    }

    /** A random formula, mostly over the part's own variables and the known functions. */
    private String formula(int depth) {
        boolean wild = random.nextInt(5) == 0;
        if (depth == 0 || random.nextInt(4) == 0) {
            return random.nextInt(3) == 0 ? number() : wild || variables.isEmpty() ? pick(LEAVES) : pick(variables);
        }
        String function = wild ? pick(FUNCTIONS) : pick(VALID_FUNCTIONS);
        return switch (random.nextInt(5)) {
            case 0 ->
                formula(depth - 1)
                        + (wild ? pick(OPERATORS) : pick(new String[] {"+", "-", "*", "/"}))
                        + formula(depth - 1);
            case 1 -> function + "(" + formula(depth - 1) + ")";
            case 2 -> function + " " + formula(depth - 1);
            case 3 -> "-" + formula(depth - 1);
            default -> "(" + formula(depth - 1) + ")^" + (random.nextInt(3) == 0 ? number() : formula(depth - 1));
        };
    }

    private String longRepeat(String seed) {
        String unit = seed.isEmpty() ? "x" : seed + pick(OPERATORS);
        int length = 1_900 + random.nextInt(200);
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    private String number() {
        return switch (random.nextInt(6)) {
            case 0 -> Double.toString(Math.pow(10, random.nextDouble(-330, 330)) * (random.nextBoolean() ? 1 : -1));
            case 1 -> Long.toString(random.nextLong());
            case 2 -> Integer.toString(random.nextInt(-3, 30_000));
            case 3 -> random.nextInt(100) + "/" + random.nextInt(100);
            case 4 -> Double.toString(random.nextDouble());
            default -> random.nextInt(10) + "." + random.nextInt(1000) + "e" + random.nextInt(-400, 400);
        };
    }

    private Answer entries(Answer model, List<String> seeds) {
        int size = model instanceof Answer.Entries e ? e.entries().size() : 2;
        int n = random.nextInt(4) == 0 ? random.nextInt(12) : Math.max(0, size + random.nextInt(3) - 1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(
                    random.nextInt(3) == 0
                                    && model instanceof Answer.Entries e
                                    && i < e.entries().size()
                            ? e.entries().get(i)
                            : text(seeds));
        }
        return Answer.entries(out.toArray(String[]::new));
    }

    private Answer grid(Answer model, List<String> seeds) {
        List<List<String>> cells = model instanceof Answer.Grid g ? g.rows() : List.of(List.of("1"));
        return switch (random.nextInt(4)) {
            case 0 -> Answer.grid(transpose(cells));
            case 1 -> {
                List<List<String>> rows = new ArrayList<>();
                for (int r = random.nextInt(5); r > 0; r--) {
                    List<String> row = new ArrayList<>();
                    for (int c = random.nextInt(5); c > 0; c--) {
                        row.add(text(seeds));
                    }
                    rows.add(row);
                }
                yield Answer.grid(rows);
            }
            default -> {
                List<List<String>> rows = new ArrayList<>();
                for (List<String> row : cells) {
                    List<String> copy = new ArrayList<>();
                    for (String cell : row) {
                        copy.add(random.nextInt(3) == 0 ? text(seeds) : cell);
                    }
                    rows.add(copy);
                }
                yield Answer.grid(rows);
            }
        };
    }

    private static List<List<String>> transpose(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            List<String> column = new ArrayList<>();
            for (List<String> row : rows) {
                column.add(c < row.size() ? row.get(c) : "");
            }
            out.add(column);
        }
        return out;
    }

    private Answer settings(Part part, List<String> seeds) {
        int budget = part.check() instanceof RunCheck run ? run.budget() : 1_000;
        Map<String, String> values = new LinkedHashMap<>();
        if (random.nextInt(10) != 0) {
            values.put("lr", random.nextInt(3) == 0 ? text(seeds) : learningRate());
        }
        if (random.nextInt(10) != 0) {
            values.put("steps", random.nextInt(3) == 0 ? text(seeds) : steps(budget));
        }
        if (random.nextInt(8) == 0) {
            values.put(pick(new String[] {"momentum", "LR", "", " lr", "beta1", "eps"}), text(seeds));
        }
        return Answer.settings(values);
    }

    private String learningRate() {
        return switch (random.nextInt(5)) {
            case 0 -> pick(new String[] {"0", "-0.1", "NaN", "1e300", "1e-300", "Infinity", "1e999", "2/0"});
            default -> Double.toString(Math.pow(10, random.nextDouble(-6, 1.5)));
        };
    }

    private String steps(int budget) {
        return switch (random.nextInt(5)) {
            case 0 -> pick(new String[] {"0", "-1", "1e9", "2147483648", "12.5", "1e3", "budget"});
            case 1 -> Integer.toString(budget + random.nextInt(-2, 3));
            default -> Integer.toString(random.nextInt(1, budget + 1));
        };
    }

    private Answer anyEncoding(List<String> seeds) {
        return switch (random.nextInt(4)) {
            case 0 -> Answer.text(text(seeds));
            case 1 -> Answer.entries(text(seeds), text(seeds));
            case 2 -> Answer.grid(List.of(List.of(text(seeds)), List.of()));
            default -> Answer.settings(Map.of("lr", text(seeds)));
        };
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }
}
