package org.gradientlab.ui.maths;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small Markdown of exercise explanations: paragraphs (separated by blank lines), bullet ({@code -} or
 * {@code *}) and numbered ({@code 1.}) lists, fenced code blocks, {@code $$…$$} display maths, and inside text
 * {@code *emphasis*}, {@code **strong**}, {@code `code`}, {@code $inline maths$} and backslash escapes. Anything
 * else is text: nothing is ever interpreted as HTML.
 */
final class MiniMarkdown {

    sealed interface Block {}

    record Paragraph(List<Inline> content) implements Block {}

    record BulletList(List<List<Inline>> items) implements Block {}

    record NumberedList(List<List<Inline>> items) implements Block {}

    record CodeBlock(String code) implements Block {}

    record DisplayMath(String latex) implements Block {}

    sealed interface Inline {}

    record Text(String text) implements Inline {}

    record Emphasis(List<Inline> content) implements Inline {}

    record Strong(List<Inline> content) implements Inline {}

    record Code(String code) implements Inline {}

    /** A formula; {@code display} when written {@code $$…$$} inside text. */
    record Math(String latex, boolean display) implements Inline {}

    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s{0,3}\\d{1,3}[.)]\\s+(.*)$");

    private MiniMarkdown() {}

    static List<Block> parse(String markdown) {
        List<String> lines =
                (markdown == null ? "" : markdown).replace("\r\n", "\n").lines().toList();
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                i++;
            } else if (trimmed.startsWith("```")) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
                    end++;
                }
                blocks.add(new CodeBlock(String.join("\n", lines.subList(i + 1, end))));
                i = end + 1;
            } else if (trimmed.startsWith("$$")) {
                i = displayMath(lines, i, blocks);
            } else if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
                i = list(lines, i, blocks);
            } else {
                StringBuilder text = new StringBuilder(trimmed);
                i++;
                while (i < lines.size() && startsParagraphLine(lines.get(i))) {
                    text.append(' ').append(lines.get(i).strip());
                    i++;
                }
                blocks.add(new Paragraph(inline(text.toString())));
            }
        }
        return blocks;
    }

    private static boolean startsParagraphLine(String line) {
        String trimmed = line.strip();
        return !trimmed.isEmpty()
                && !trimmed.startsWith("```")
                && !trimmed.startsWith("$$")
                && !BULLET.matcher(line).matches()
                && !NUMBERED.matcher(line).matches();
    }

    private static int displayMath(List<String> lines, int start, List<Block> blocks) {
        StringBuilder latex = new StringBuilder(lines.get(start).strip().substring(2));
        int i = start;
        while (latex.indexOf("$$") < 0 && i + 1 < lines.size()) {
            i++;
            latex.append('\n').append(lines.get(i));
        }
        int close = latex.indexOf("$$");
        String body = close < 0 ? latex.toString() : latex.substring(0, close);
        blocks.add(new DisplayMath(body.strip()));
        String after = close < 0 ? "" : latex.substring(close + 2).strip();
        if (!after.isEmpty()) {
            blocks.add(new Paragraph(inline(after)));
        }
        return i + 1;
    }

    private static int list(List<String> lines, int start, List<Block> blocks) {
        boolean numbered = NUMBERED.matcher(lines.get(start)).matches();
        Pattern marker = numbered ? NUMBERED : BULLET;
        List<StringBuilder> items = new ArrayList<>();
        int i = start;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher m = marker.matcher(line);
            if (m.matches()) {
                items.add(new StringBuilder(m.group(1).strip()));
            } else if (!line.isBlank() && Character.isWhitespace(line.charAt(0)) && !items.isEmpty()) {
                items.getLast().append(' ').append(line.strip());
            } else {
                break;
            }
            i++;
        }
        List<List<Inline>> parsed =
                items.stream().map(b -> inline(b.toString())).toList();
        blocks.add(numbered ? new NumberedList(parsed) : new BulletList(parsed));
        return i;
    }

    /** The inline content of one paragraph or list item. */
    static List<Inline> inline(String text) {
        List<Inline> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close;
            if (c == '\\' && i + 1 < text.length() && "\\$*_`".indexOf(text.charAt(i + 1)) >= 0) {
                plain.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '$' && text.startsWith("$$", i) && (close = text.indexOf("$$", i + 2)) > i + 2) {
                flush(plain, out);
                out.add(new Math(text.substring(i + 2, close).strip(), true));
                i = close + 2;
            } else if (c == '$' && (close = closing(text, "$", i + 1)) > i + 1) {
                flush(plain, out);
                out.add(new Math(text.substring(i + 1, close), false));
                i = close + 1;
            } else if (c == '`' && (close = text.indexOf('`', i + 1)) > i + 1) {
                flush(plain, out);
                out.add(new Code(text.substring(i + 1, close)));
                i = close + 1;
            } else if (text.startsWith("**", i) && (close = closing(text, "**", i + 2)) > i + 2) {
                flush(plain, out);
                out.add(new Strong(inline(text.substring(i + 2, close))));
                i = close + 2;
            } else if ((c == '*' || c == '_')
                    && (close = closing(text, String.valueOf(c), i + 1)) > i + 1
                    && !Character.isWhitespace(text.charAt(i + 1))) {
                flush(plain, out);
                out.add(new Emphasis(inline(text.substring(i + 1, close))));
                i = close + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        flush(plain, out);
        return out;
    }

    /** The index of the next unescaped {@code delimiter} at or after {@code from}, or -1. */
    private static int closing(String text, String delimiter, int from) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '\\') {
                i += 2;
            } else if (text.startsWith(delimiter, i)) {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static void flush(StringBuilder plain, List<Inline> out) {
        if (!plain.isEmpty()) {
            out.add(new Text(plain.toString()));
            plain.setLength(0);
        }
    }
}
