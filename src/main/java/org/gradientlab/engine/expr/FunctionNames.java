package org.gradientlab.engine.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The names a student may type for each {@link Expr.Function}, including the alias {@code ln}. */
final class FunctionNames {

    private static final Map<String, Expr.Function> BY_NAME = byName();

    private FunctionNames() {}

    private static Map<String, Expr.Function> byName() {
        Map<String, Expr.Function> map = new LinkedHashMap<>();
        for (Expr.Function f : Expr.Function.values()) {
            map.put(f.symbol(), f);
        }
        map.put("ln", Expr.Function.LOG);
        return Map.copyOf(map);
    }

    /** The function called {@code name} (case-sensitive), or null. */
    static Expr.Function lookup(String name) {
        return BY_NAME.get(name);
    }

    /** Every typeable name, for suggestions and messages. */
    static List<String> all() {
        List<String> names = new ArrayList<>();
        for (Expr.Function f : Expr.Function.values()) {
            names.add(f.symbol());
        }
        names.add("ln");
        return names;
    }
}
