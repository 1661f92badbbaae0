package org.gradientlab.charts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A series colour as {@code #rrggbb}. The named constants are the Okabe–Ito palette, which stays
 * distinguishable for colour-blind readers and readable on light and dark backgrounds; series without an
 * explicit colour take them in {@link #PALETTE} order.
 */
public record Colour(String hex) {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public static final Colour BLUE = new Colour("#0072B2");
    public static final Colour ORANGE = new Colour("#E69F00");
    public static final Colour GREEN = new Colour("#009E73");
    public static final Colour VERMILION = new Colour("#D55E00");
    public static final Colour SKY = new Colour("#56B4E9");
    public static final Colour PURPLE = new Colour("#CC79A7");
    public static final Colour YELLOW = new Colour("#F0E442");
    public static final Colour GREY = new Colour("#8A8F98");

    /** The order in which series without a colour are coloured. */
    public static final List<Colour> PALETTE = List.of(BLUE, ORANGE, GREEN, VERMILION, SKY, PURPLE, YELLOW);

    public Colour {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a colour is #rrggbb, not " + hex);
        }
    }

    /** The palette colour for the n-th automatically coloured series (wrapping around). */
    public static Colour automatic(int n) {
        return PALETTE.get(Math.floorMod(n, PALETTE.size()));
    }

    /** This colour with an opacity, as CSS {@code rgba(..)}. */
    public String withAlpha(double alpha) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return "rgba(%d, %d, %d, %s)".formatted(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, alpha);
    }
}
