package org.gradientlab.bench;

/** An answer shown on one line of a report: quoted, non-ASCII escaped, long ones cut with their length. */
final class Printable {

    private static final int SHOWN = 100;

    private Printable() {}

    static String of(Object answer) {
        String s = String.valueOf(answer);
        StringBuilder out = new StringBuilder("«");
        for (int i = 0; i < Math.min(s.length(), SHOWN); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        out.append('»');
        if (s.length() > SHOWN) {
            out.append(" … (").append(s.length()).append(" characters)");
        }
        return out.toString();
    }
}
