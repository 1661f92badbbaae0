package org.gradientlab.engine.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The ordered set of variable names an expression may use. The order is the coordinate order of a
 * point x ∈ Rⁿ: {@code Variables.of("x1", "x2")} evaluates at {@code double[] {x1, x2}}.
 *
 * <p>A declared variable wins over a constant of the same name: with {@code Variables.of("e")},
 * {@code e} is a variable and Euler's number can still be written {@code exp(1)}. Names are ASCII
 * identifiers (a letter, then letters, digits or {@code _}) and may not be function names.
 *
 * @param names the variable names, in coordinate order, without duplicates
 */
public record Variables(List<String> names) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /**
     * The variables a student may use when an exercise declares none: x, y, z, x1 … x9, a, b, t.
     */
    public static final Variables DEFAULT =
            of("x", "y", "z", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "a", "b", "t");

    /** @throws IllegalArgumentException when a name is not an identifier, is a function name or repeats */
    public Variables {
        names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("variable name '" + name + "' is not an identifier");
            }
            if (FunctionNames.lookup(name) != null) {
                throw new IllegalArgumentException("variable name '" + name + "' is a function name");
            }
            if (names.subList(0, i).contains(name)) {
                throw new IllegalArgumentException("variable '" + name + "' is declared twice");
            }
        }
    }

    /** The variables with these names, in this order. */
    public static Variables of(String... names) {
        return new Variables(Arrays.asList(names));
    }

    /** These variables followed by more names (e.g. {@code DEFAULT.plus("w")}). */
    public Variables plus(String... more) {
        List<String> all = new ArrayList<>(names);
        all.addAll(Arrays.asList(more));
        return new Variables(all);
    }

    /** Whether {@code name} is declared (case-sensitive). */
    public boolean contains(String name) {
        return names.contains(name);
    }

    /** The coordinate index of {@code name}, or -1 when it is not declared. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /** The number of variables n. */
    public int size() {
        return names.size();
    }

    /** The declared name equal to {@code name} ignoring case, or null. */
    String matchIgnoringCase(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String n : names) {
            if (n.toLowerCase(Locale.ROOT).equals(lower)) {
                return n;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return String.join(", ", names);
    }
}
