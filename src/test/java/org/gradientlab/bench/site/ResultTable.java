package org.gradientlab.bench.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results as a Markdown table: one row per measured quantity, its p50/p95/max and whether its target is met. */
final class ResultTable {

    /** A target on the 95th percentile: at most (or below) this many milliseconds. */
    record Target(String text, double limitMs, boolean strict) {

        static Target below(double ms) {
            return new Target("p95 < " + format(ms), ms, true);
        }

        static Target atMost(double ms) {
            return new Target("p95 ≤ " + format(ms), ms, false);
        }

        boolean metBy(Summary s) {
            return s.n() > 0 && (strict ? s.p95() < limitMs : s.p95() <= limitMs);
        }
    }

    private record Row(String name, Summary summary, Target target, String note) {}

    private final List<Row> rows = new ArrayList<>();

    void add(String name, Summary summary, Target target, String note) {
        rows.add(new Row(name, summary, target, note));
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| measurement | n | p50 ms | p95 ms | max ms | target | met | note |\n");
        out.append("|---|---:|---:|---:|---:|---|---|---|\n");
        for (Row r : rows) {
            Summary s = r.summary();
            String met = r.target() == null ? "" : r.target().metBy(s) ? "yes" : "**no**";
            out.append("| ")
                    .append(r.name())
                    .append(" | ")
                    .append(s.n())
                    .append(" | ")
                    .append(format(s.p50()))
                    .append(" | ")
                    .append(format(s.p95()))
                    .append(" | ")
                    .append(format(s.max()))
                    .append(" | ")
                    .append(r.target() == null ? "" : r.target().text())
                    .append(" | ")
                    .append(met)
                    .append(" | ")
                    .append(r.note())
                    .append(" |\n");
        }
        return out.toString();
    }

    static String format(double ms) {
        if (Double.isNaN(ms)) {
            return "–";
        }
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
    }
}
