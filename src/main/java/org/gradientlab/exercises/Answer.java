package org.gradientlab.exercises;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A student's (or a model) answer to one part, in the encoding shared by the UI and the API (DESIGN §5):
 * expression, number, choice and update-rule answers are one string; vectors and sets of numbers are a list of
 * strings; matrices a list of rows of strings; optimizer settings a map of strings. Answers are raw text: the
 * grading module parses them.
 */
public sealed interface Answer {

    /** One string: an expression, a number, a choice id, or update rules (one assignment per line). */
    record Text(String text) implements Answer {
        public Text {
            text = text == null ? "" : text;
        }
    }

    /** A list of strings: a vector's entries or a set of numbers. */
    record Entries(List<String> entries) implements Answer {
        public Entries {
            entries = copyOf(entries);
        }
    }

    /** Rows of cell strings, rows outer, of any shape (rows may differ in length). */
    record Grid(List<List<String>> rows) implements Answer {
        public Grid {
            List<List<String>> copy = new ArrayList<>();
            for (List<String> row : rows == null ? List.<List<String>>of() : rows) {
                copy.add(copyOf(row));
            }
            rows = List.copyOf(copy);
        }
    }

    /** Named settings such as {@code lr} and {@code steps}, in the order given. */
    record Settings(Map<String, String> values) implements Answer {
        public Settings {
            Map<String, String> copy = new LinkedHashMap<>();
            if (values != null) {
                values.forEach((k, v) -> copy.put(k == null ? "" : k, v == null ? "" : v));
            }
            values = java.util.Collections.unmodifiableMap(copy);
        }
    }

    static Answer text(String text) {
        return new Text(text);
    }

    static Answer entries(String... entries) {
        return new Entries(List.of(entries));
    }

    static Answer grid(List<List<String>> rows) {
        return new Grid(rows);
    }

    static Answer settings(Map<String, String> values) {
        return new Settings(values);
    }

    /**
     * Reads an answer decoded from JSON as plain Java values (String, Number, Boolean, List, Map, null), as the
     * API receives it. A list of lists is a grid, any other list a list of entries (the empty list is an empty
     * list of entries; graders of matrix parts read it as an empty grid). Numbers are written back as their
     * decimal text. Returns empty when the value has no answer encoding at all (null, nested maps, lists of
     * maps, lists that mix rows and scalars).
     */
    static Optional<Answer> fromJson(Object raw) {
        if (raw instanceof String || raw instanceof Number || raw instanceof Boolean) {
            return Optional.of(new Text(String.valueOf(raw)));
        }
        if (raw instanceof Map<?, ?> map) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Optional<String> v = scalar(e.getValue());
                if (e.getKey() == null || v.isEmpty()) {
                    return Optional.empty();
                }
                values.put(String.valueOf(e.getKey()), v.get());
            }
            return Optional.of(new Settings(values));
        }
        if (raw instanceof List<?> list) {
            boolean anyRow = list.stream().anyMatch(List.class::isInstance);
            if (!anyRow) {
                List<String> entries = new ArrayList<>();
                for (Object o : list) {
                    Optional<String> v = scalar(o);
                    if (v.isEmpty()) {
                        return Optional.empty();
                    }
                    entries.add(v.get());
                }
                return Optional.of(new Entries(entries));
            }
            List<List<String>> rows = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof List<?> row)) {
                    return Optional.empty();
                }
                List<String> cells = new ArrayList<>();
                for (Object c : row) {
                    Optional<String> v = scalar(c);
                    if (v.isEmpty()) {
                        return Optional.empty();
                    }
                    cells.add(v.get());
                }
                rows.add(cells);
            }
            return Optional.of(new Grid(rows));
        }
        return Optional.empty();
    }

    private static Optional<String> scalar(Object o) {
        if (o instanceof String || o instanceof Number || o instanceof Boolean) {
            return Optional.of(String.valueOf(o));
        }
        return Optional.empty();
    }

    private static List<String> copyOf(List<String> list) {
        List<String> copy = new ArrayList<>();
        for (String s : list == null ? List.<String>of() : list) {
            copy.add(s == null ? "" : s);
        }
        return List.copyOf(copy);
    }
}
