package org.gradientlab.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random and adversarial text: every input either parses, into a tree no higher than the parser's
 * depth limit that prints and reads back to the same tree, or fails with an {@link ExpressionException} whose
 * column lies in 1 … length + 1 and whose message is not blank. Nothing else may escape. Printed random trees
 * pasted with Unicode operators, superscript squares and odd whitespace read back as the same tree. Seed
 * {@value #SEED}.
 */
class ParserFuzzTest {

    private static final long SEED = 7_919L;
    private static final Variables VARIABLES = Variables.DEFAULT;

    /** Pieces of the language, its Unicode, its neighbours and things that have no place in it. */
    private static final String[] ALPHABET = {
        "0", "1", "2", "9", ".", "e", "E", "1e-3", ".5", "1e400", "x", "y", "z", "x1", "x9", "a", "b", "t", "q", "xy",
        "pi", "sin", "cos", "tan", "exp", "log", "ln", "sqrt", "abs", "tanh", "sigmoid", "relu", "sign", "step", "Sin",
        "+", "-", "*", "/", "^", "**", "(", ")", "(", ")", " ", "\t", "\n", "²", "³", "⁻", "¹", "·", "×", "−", "–", "÷",
        "π", "√", "₁", "₂", ",", "=", "[", "]", "{", "}", "#", "!", "_", "'", "\"", "\u0000", "\u0007", "\u001b",
        "\u007f", "\u00A0", "\u200B", "\uFEFF", "\uD83D", "\uDE00", "😀", "é", "х", "∞", "%", "&", "|", "\\", "~", "<",
        ">", "?", ";", ":"
    };

    private static final String[] VALID = {
        "x^2 + 3x - 1",
        "sin(x^2)",
        "2 pi x",
        "(x+1)(x-1)",
        "exp(-x^2/2)",
        "sin x cos x",
        "x²+y³",
        "sigmoid(a x + b)",
        "log(a*b + a^2)",
        "relu(x1) - abs(x2)",
        "sqrt(1 + t^2)",
        "e^-x",
        "1/(1+e^(-x))",
        "x1**2 + 2*x2**2",
        "(1-x)^2 + 100(y - x^2)^2",
        "tanh 2x",
        "0.1x^4 - 3x^2 + x"
    };

    private int parsed;
    private int rejected;

    @Test
    void every_input_parses_or_fails_with_a_positioned_message() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 50_000; i++) {
            check(tokenSoup(random, random.nextInt(30)));
        }
        for (int i = 0; i < 20_000; i++) {
            check(codePointSoup(random, random.nextInt(25)));
        }
        for (int i = 0; i < 30_000; i++) {
            check(mutate(VALID[random.nextInt(VALID.length)], random));
        }
        for (int i = 0; i < 100; i++) {
            check(tokenSoup(random, 1_000 + random.nextInt(1_500)));
        }
        RandomExpressions trees = new RandomExpressions(SEED, Variables.of("x", "y", "x1"));
        for (int i = 0; i < 20_000; i++) {
            Expr tree = trees.next(1 + i % 5);
            String variant = pasted(TextPrinter.print(tree), random);
            check(variant);
            if (!ExpressionParser.parse(variant, VARIABLES).equals(tree)) {
                fail("%s does not read as %s", show(variant), TextPrinter.print(tree));
            }
        }
        adversarial().forEach(this::check);
        assertThat(parsed + rejected).isGreaterThanOrEqualTo(100_000);
        // both outcomes must be exercised in bulk, or the generator is not doing its job
        assertThat(parsed).isGreaterThan(10_000);
        assertThat(rejected).isGreaterThan(10_000);
    }

    private void check(String input) {
        Expr tree;
        try {
            tree = ExpressionParser.parse(input, VARIABLES);
        } catch (ExpressionException e) {
            rejected++;
            if (e.column() < 1
                    || e.column() > input.length() + 1
                    || e.getMessage().isBlank()
                    || e.key() == null) {
                fail("bad error %s at column %d (%s) for %s", e.key(), e.column(), e.getMessage(), show(input));
            }
            return;
        } catch (RuntimeException | StackOverflowError e) {
            fail("%s escaped for %s", e, show(input));
            return;
        }
        parsed++;
        if (Trees.height(tree) > ExpressionParser.MAX_DEPTH) {
            fail("tree of height %d for %s", Trees.height(tree), show(input));
        }
        String text = TextPrinter.print(tree, VARIABLES);
        if (!ExpressionParser.parse(text, VARIABLES).equals(tree)) {
            fail("%s reprinted as %s reads back differently", show(input), text);
        }
    }

    /** The text as a student might paste it: Unicode operators, superscript squares, odd whitespace. */
    private static String pasted(String text, SplittableRandom random) {
        String[] spaces = {"", " ", "\t", "\u00A0", "  ", "\n"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean square = c == '^'
                            && i + 2 <= text.length() - 1
                            && text.charAt(i + 1) == '2'
                            && "*/+- )".indexOf(text.charAt(i + 2)) >= 0
                    || c == '^' && i + 1 == text.length() - 1 && text.charAt(i + 1) == '2';
            boolean exponentSign = (c == '-' || c == '+')
                    && i >= 2
                    && text.charAt(i - 1) == 'e'
                    && Character.isDigit(text.charAt(i - 2));
            if (exponentSign) {
                out.append(c == '-' && random.nextBoolean() ? '−' : c);
            } else if (square && random.nextBoolean()) {
                out.append('²');
                i++;
            } else if (c == '*' && random.nextBoolean()) {
                out.append(random.nextBoolean() ? '·' : '×');
            } else if (c == '-' && random.nextBoolean()) {
                out.append('−');
            } else if (text.startsWith("pi", i) && random.nextBoolean()) {
                out.append('π');
                i++;
            } else if ("+-*/^() ".indexOf(c) >= 0) {
                String before = spaces[random.nextInt(spaces.length)];
                out.append(before).append(c).append(spaces[random.nextInt(spaces.length)]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String tokenSoup(SplittableRandom random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }

    private static String codePointSoup(SplittableRandom random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp = random.nextInt(4) == 0 ? random.nextInt(Character.MAX_CODE_POINT + 1) : random.nextInt(0x3000);
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    private static String mutate(String valid, SplittableRandom random) {
        StringBuilder s = new StringBuilder(valid);
        int edits = 1 + random.nextInt(4);
        for (int k = 0; k < edits; k++) {
            int at = random.nextInt(s.length() + 1);
            String piece = ALPHABET[random.nextInt(ALPHABET.length)];
            switch (random.nextInt(4)) {
                case 0 -> s.insert(at, piece);
                case 1 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                case 2 -> s.replace(at, Math.min(s.length(), at + 1), piece);
                default -> {
                    int other = random.nextInt(s.length() + 1);
                    String cut = s.substring(Math.min(at, other), Math.max(at, other));
                    s.append(cut);
                }
            }
        }
        return s.toString();
    }

    private static List<String> adversarial() {
        List<String> inputs = new ArrayList<>();
        inputs.add("(".repeat(10_000));
        inputs.add("(".repeat(1_999) + "x");
        inputs.add("(".repeat(1_000) + "x" + ")".repeat(999));
        inputs.add("-".repeat(1_999) + "x");
        inputs.add("x^".repeat(999) + "x");
        inputs.add("sin ".repeat(499) + "x");
        inputs.add("√".repeat(1_999) + "x");
        inputs.add("sin(".repeat(400) + "x");
        inputs.add("1".repeat(2_000));
        inputs.add("9".repeat(308));
        inputs.add("0." + "0".repeat(1_990) + "1");
        inputs.add("1e" + "9".repeat(1_000));
        inputs.add("1e-" + "9".repeat(1_000));
        inputs.add("x".repeat(2_000));
        inputs.add("x ".repeat(1_000));
        inputs.add("x+".repeat(999) + "x");
        inputs.add("x*".repeat(999) + "x");
        inputs.add("x²".repeat(1_000));
        inputs.add("x" + "²".repeat(1_999));
        inputs.add("x" + "⁻".repeat(1_999));
        inputs.add("2^" + "9".repeat(1_998));
        inputs.add("x".repeat(5_000));
        inputs.add("(x+1)".repeat(1_000));
        inputs.add("😀".repeat(1_000));
        inputs.add("😀".repeat(1_001));
        inputs.add("\uD83D".repeat(3));
        inputs.add("");
        inputs.add(" ".repeat(2_000));
        inputs.add("\u0000");
        inputs.add(")".repeat(500));
        return inputs;
    }

    private static String show(String input) {
        String head = input.length() > 80 ? input.substring(0, 80) + "… (" + input.length() + " chars)" : input;
        StringBuilder out = new StringBuilder("\"");
        head.codePoints()
                .forEach(c -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.append('"').toString();
    }
}
