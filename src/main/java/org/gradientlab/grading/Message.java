package org.gradientlab.grading;

import java.util.Arrays;
import java.util.List;

/**
 * One feedback message: a key, its arguments (already formatted as text) and the English rendering.
 *
 * @param key  what the message says
 * @param args the arguments, in the key's order
 * @param text the English text
 */
public record Message(MessageKey key, List<String> args, String text) {

    public Message {
        args = List.copyOf(args);
    }

    /** The message with this key and arguments, rendered from the key's English template. */
    public static Message of(MessageKey key, Object... args) {
        List<String> texts = Arrays.stream(args).map(String::valueOf).toList();
        return new Message(key, texts, render(key.template(), texts));
    }

    /**
     * {@code inner} placed at an entry or cell: {@code key} is {@link MessageKey#INVALID_ENTRY} (position = index)
     * or {@link MessageKey#INVALID_CELL} (position = row, column); the inner message's text, key and arguments
     * follow the position.
     */
    static Message located(MessageKey key, Message inner, Object... position) {
        java.util.List<Object> args = new java.util.ArrayList<>(Arrays.asList(position));
        args.add(inner.text());
        args.add(inner.key().key());
        args.addAll(inner.args());
        return of(key, args.toArray());
    }

    static String render(String template, List<String> args) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\'' && i + 1 < template.length() && template.charAt(i + 1) == '\'') {
                out.append('\'');
                i++;
            } else if (c == '{') {
                int close = template.indexOf('}', i);
                int index = Integer.parseInt(template.substring(i + 1, close));
                out.append(index < args.size() ? args.get(index) : "");
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
