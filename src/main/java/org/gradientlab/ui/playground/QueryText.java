package org.gradientlab.ui.playground;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The text of a link: numbers written shortest-exact and read strictly (no NaN, Infinity, hex or type suffixes),
 * and percent-encoding that leaves the characters a formula or a racer commonly has ({@code ( ) , : * - .})
 * readable. A '+' is always encoded, since a query reads a bare '+' as a space.
 */
final class QueryText {

    private static final Pattern DECIMAL =
            Pattern.compile("[-+]?(\\d{1,40}(\\.\\d{0,40})?|\\.\\d{1,40})([eE][-+]?\\d{1,4})?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");
    private static final String KEPT = "()*,-.:_~!'";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private QueryText() {}

    /** The shortest decimal that reads back as exactly this double: {@code 0.1}, {@code 1e-8}, {@code 1000}. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value).replace("E", "e");
        int e = text.indexOf('e');
        if (e > 0 && text.startsWith(".0", e - 2)) {
            text = text.substring(0, e - 2) + text.substring(e);
        }
        return text;
    }

    /** A finite decimal number, or empty for anything else (including NaN, Infinity and overflow). */
    static OptionalDouble parseNumber(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** A whole number of at most nine digits, or empty. */
    static OptionalInt parseInteger(String text) {
        if (text == null || !INTEGER.matcher(text).matches()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(text));
    }

    /** Percent-encodes UTF-8 text for a query value. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || KEPT.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /**
     * Decodes a query value ('+' is a space); empty when an escape is malformed or the bytes are not UTF-8, so a
     * tampered link is reported rather than misread.
     */
    static Optional<String> decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high << 4 | low);
                i += 3;
            } else {
                byte[] raw = (c == '+' ? " " : Character.toString(c)).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
                i += Character.charCount(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
