package org.gradientlab.courses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The gradebook as CSV (RFC 4180): a header row, then one row per student; a field with a comma, quote or line
 * break is quoted with its quotes doubled. A field that a spreadsheet would run as a formula (starting with =, +,
 * -, @, tab or carriage return) gets a leading apostrophe, since names are typed by students.
 */
final class GradebookCsv {

    private GradebookCsv() {}

    static String write(Gradebook book) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("username", "name"));
        book.columns().forEach(c -> header.add(c.assignmentTitle() + ": " + c.exerciseId()));
        header.add("late");
        header.add("overridden");
        line(out, header);
        for (Gradebook.Row row : book.rows()) {
            List<String> fields = new ArrayList<>(List.of(row.username(), row.displayName()));
            List<String> late = new ArrayList<>();
            List<String> overridden = new ArrayList<>();
            for (int i = 0; i < book.columns().size(); i++) {
                Gradebook.Cell cell = row.cells().get(i);
                fields.add(cell.score() == null ? "" : String.format(Locale.ROOT, "%.4f", cell.score()));
                String name = book.columns().get(i).exerciseId();
                if (cell.late()) {
                    late.add(name);
                }
                if (cell.overridden()) {
                    overridden.add(name);
                }
            }
            fields.add(String.join(" ", late));
            fields.add(String.join(" ", overridden));
            line(out, fields);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
