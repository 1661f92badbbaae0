package org.gradientlab.ui.playground;

import java.util.List;

/**
 * Something in a shared link that could not be used as it was: a message key (its text is in the site's bundles
 * under {@code playground.link.<key>}) and the arguments, already cut to a readable length.
 */
record LinkNotice(Key key, List<String> arguments) {

    /** The longest piece of a link a notice repeats. */
    static final int MAX_ARGUMENT = 40;

    /** What went wrong. */
    enum Key {
        /** Arguments: the setting's name, the value found. The default is used. */
        BAD_VALUE,
        /** Arguments: the formula found, the column of the problem. The default function is used. */
        BAD_FUNCTION,
        /** Argument: the racer's number, the optimizer name found. The racer is left out. */
        UNKNOWN_OPTIMIZER,
        /** Argument: the most racers a race may have. The others are left out. */
        TOO_MANY_RACERS,
        /** Argument: the name found. It is ignored. */
        UNKNOWN_SETTING,
        /** Argument: the text found. It is ignored. */
        BAD_ENCODING;

        /** The bundle key of the message. */
        String messageKey() {
            return "playground.link."
                    + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    LinkNotice {
        arguments = arguments.stream().map(LinkNotice::shorten).toList();
    }

    static LinkNotice of(Key key, Object... arguments) {
        return new LinkNotice(
                key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    private static String shorten(String text) {
        return text.length() <= MAX_ARGUMENT ? text : text.substring(0, MAX_ARGUMENT - 1) + "…";
    }
}
