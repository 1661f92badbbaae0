package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.List;

/**
 * Typed update rules cut into statements: one per line, or several on a line separated by {@code ;}; text after
 * {@code #} is a comment. Symbols students paste from the page are spelled as the template's names (α, η → lr,
 * β → beta, ρ → rho, ε → eps, λ → wd, m̂ → mhat, β₁ → beta1, ← → =), and every character of the result remembers
 * its column in the line as typed, so messages point at what the student sees.
 */
final class RuleText {

    /**
     * One statement, as rewritten.
     *
     * @param line    the 1-based line it is on
     * @param text    the statement with pasted symbols spelled out
     * @param columns for each code point of {@code text}, and one past its end, the 1-based column in the typed line
     */
    record Statement(int line, String text, int[] columns) {

        /** The typed column of code point {@code index} of {@code text} (its end for an index past it). */
        int column(int index) {
            return columns[Math.max(0, Math.min(index, columns.length - 1))];
        }
    }

    private RuleText() {}

    static List<Statement> statements(String text) {
        List<Statement> out = new ArrayList<>();
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        for (int l = 0; l < lines.length; l++) {
            int[] cps = lines[l].codePoints().toArray();
            int from = 0;
            for (int i = 0; i <= cps.length; i++) {
                boolean end = i == cps.length || cps[i] == '#';
                if (end || cps[i] == ';') {
                    add(out, l + 1, cps, from, i);
                    from = i + 1;
                    if (end) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static void add(List<Statement> out, int line, int[] cps, int from, int to) {
        StringBuilder text = new StringBuilder();
        List<Integer> columns = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String spelled = spelled(cps[i]);
            for (int k = spelled.codePointCount(0, spelled.length()); k > 0; k--) {
                columns.add(i + 1);
            }
            text.append(spelled);
        }
        if (text.toString().isBlank()) {
            return;
        }
        columns.add(to + 1);
        out.add(new Statement(
                line,
                text.toString(),
                columns.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static String spelled(int c) {
        return switch (c) {
            case 'α', 'η' -> "lr";
            case 'β' -> "beta";
            case 'ρ' -> "rho";
            case 'ε', 'ϵ' -> "eps";
            case 'λ' -> "wd";
            case '\u0302' -> "hat";
            case '←' -> "=";
            default -> c >= '₀' && c <= '₉' ? String.valueOf((char) ('0' + (c - '₀'))) : Character.toString(c);
        };
    }
}
