package org.gradientlab.engine.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a student probably meant by an unknown identifier: a different capitalisation ({@code Sin}),
 * a power written without {@code ^} ({@code x2} → {@code x^2}), names run together ({@code xy} →
 * {@code x*y}, {@code x1x2} → {@code x1*x2}, {@code sinx} → {@code sin(x)}) or a one-letter slip in
 * a function name ({@code sqr} → {@code sqrt}).
 */
final class Suggestions {

    /** Words students write for a function. */
    private static final Map<String, String> WORDS = Map.of(
            "sine",
            "sin",
            "cosine",
            "cos",
            "tangent",
            "tan",
            "root",
            "sqrt",
            "sgn",
            "sign",
            "heaviside",
            "step",
            "logistic",
            "sigmoid",
            "exponential",
            "exp");

    private final Variables variables;
    private final boolean beforeParenthesis;
    private final List<String> knownNames = new ArrayList<>();

    private Suggestions(Variables variables, boolean beforeParenthesis) {
        this.variables = variables;
        this.beforeParenthesis = beforeParenthesis;
        knownNames.addAll(variables.names());
        for (String name : FunctionNames.all()) {
            if (!variables.contains(name)) {
                knownNames.add(name);
            }
        }
        for (String constant : List.of("pi", "e")) {
            if (isConstant(constant)) {
                knownNames.add(constant);
            }
        }
    }

    /** The error for an identifier that names nothing known, with a suggestion when there is one. */
    static ExpressionException unknownName(Token token, boolean beforeParenthesis, Variables variables) {
        String suggestion = suggest(token.name(), beforeParenthesis, variables);
        if (beforeParenthesis) {
            return new ExpressionException(
                    ErrorKey.UNKNOWN_FUNCTION,
                    token.column(),
                    token.text(),
                    suggestion,
                    String.join(", ", FunctionNames.all()));
        }
        return new ExpressionException(
                ErrorKey.UNKNOWN_VARIABLE, token.column(), token.text(), suggestion, variables.toString());
    }

    /** A replacement for {@code name}, or "" when there is no good guess. */
    static String suggest(String name, boolean beforeParenthesis, Variables variables) {
        return new Suggestions(variables, beforeParenthesis).suggest(name);
    }

    private String suggest(String name) {
        String sameLetters = ignoringCase(name);
        if (sameLetters != null) {
            return sameLetters;
        }
        String word = WORDS.get(name.toLowerCase(Locale.ROOT));
        if (word != null) {
            return word;
        }
        if (beforeParenthesis) {
            String function = nearFunction(name);
            if (function != null) {
                return function;
            }
        }
        String power = powerWithoutCaret(name);
        if (power != null) {
            return power;
        }
        List<String> pieces = split(name);
        if (pieces != null) {
            return render(pieces, 0);
        }
        String function = nearFunction(name);
        return function != null ? function : "";
    }

    private String ignoringCase(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (beforeParenthesis && FunctionNames.lookup(lower) != null) {
            return lower;
        }
        String variable = variables.matchIgnoringCase(name);
        if (variable != null) {
            return variable;
        }
        if (FunctionNames.lookup(lower) != null) {
            return lower;
        }
        return lower.equals(name) || !isConstant(lower) ? null : lower;
    }

    private String powerWithoutCaret(String name) {
        if (beforeParenthesis) {
            return null;
        }
        int end = name.length();
        while (end > 0 && Character.isDigit(name.charAt(end - 1))) {
            end--;
        }
        String base = name.substring(0, end);
        boolean known = variables.contains(base) || isConstant(base);
        return end < name.length() && known ? base + "^" + name.substring(end) : null;
    }

    /** The shortest split of {@code name} into known names and digit runs, or null. */
    private List<String> split(String name) {
        int n = name.length();
        int[] cost = new int[n + 1];
        String[] piece = new String[n + 1];
        cost[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            cost[i] = Integer.MAX_VALUE;
            for (String candidate : candidatesAt(name, i)) {
                int next = i + candidate.length();
                boolean isLastFunction = next == n && FunctionNames.lookup(candidate) != null;
                if (cost[next] != Integer.MAX_VALUE
                        && (!isLastFunction || beforeParenthesis)
                        && cost[next] + 1 < cost[i]) {
                    cost[i] = cost[next] + 1;
                    piece[i] = candidate;
                }
            }
        }
        if (cost[0] == Integer.MAX_VALUE || cost[0] < 2) {
            return null;
        }
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < n; i += piece[i].length()) {
            pieces.add(piece[i]);
        }
        return pieces;
    }

    private List<String> candidatesAt(String name, int i) {
        List<String> out = new ArrayList<>();
        if (Character.isDigit(name.charAt(i))) {
            int end = i;
            while (end < name.length() && Character.isDigit(name.charAt(end))) {
                end++;
            }
            out.add(name.substring(i, end));
            return out;
        }
        for (String known : knownNames) {
            if (name.startsWith(known, i)) {
                out.add(known);
            }
        }
        return out;
    }

    /**
     * The pieces as the parser would read them typed with spaces: a function takes the names after it
     * up to the next function ({@code sinxcosx} → {@code sin(x)*cos(x)}), or the call that follows it
     * ({@code sincosx} → {@code sin(cos(x))}).
     */
    private String render(List<String> pieces, int from) {
        StringBuilder out = new StringBuilder();
        int i = from;
        while (i < pieces.size()) {
            if (i > from) {
                out.append('*');
            }
            String piece = pieces.get(i++);
            if (!isFunction(piece)) {
                out.append(piece);
                continue;
            }
            if (i == pieces.size()) {
                return out.append(piece).append("(…)").toString();
            }
            if (isFunction(pieces.get(i))) {
                return out.append(piece)
                        .append('(')
                        .append(render(pieces, i))
                        .append(')')
                        .toString();
            }
            List<String> argument = new ArrayList<>();
            while (i < pieces.size() && !isFunction(pieces.get(i))) {
                argument.add(pieces.get(i++));
            }
            out.append(piece).append('(').append(String.join("*", argument)).append(')');
        }
        return out.toString();
    }

    private boolean isFunction(String piece) {
        return FunctionNames.lookup(piece) != null && !variables.contains(piece);
    }

    private static String nearFunction(String name) {
        if (name.length() < 3) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String f : FunctionNames.all()) {
            if (f.length() >= 3 && distanceAtMostOne(lower, f)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether one substitution, swap of neighbours or missing letter turns a into b. An extra letter
     * is not counted: {@code sinh} is a different function, not a slip for {@code sin}.
     */
    private static boolean distanceAtMostOne(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() != b.length() && a.length() + 1 != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            boolean swap = i + 1 < a.length()
                    && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return swap || a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.substring(i).equals(b.substring(i + 1));
    }

    private boolean isConstant(String name) {
        return (name.equals("pi") || name.equals("e")) && !variables.contains(name);
    }
}
