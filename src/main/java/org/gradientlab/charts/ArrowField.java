package org.gradientlab.charts;

import java.util.List;

/**
 * A field of arrows, e.g. −∇f sampled on a grid (a quiver plot). The caller scales the arrows: they are drawn
 * exactly as given, in data coordinates.
 *
 * @param colour {@code null} for the next palette colour
 */
public record ArrowField(String id, String label, List<Arrow> arrows, Colour colour) implements Series {

    public ArrowField {
        SeriesIds.require(id);
        label = label == null ? id : label;
        arrows = List.copyOf(arrows);
    }

    public static ArrowField of(String id, String label, List<Arrow> arrows) {
        return new ArrowField(id, label, arrows, null);
    }

    public ArrowField withColour(Colour newColour) {
        return new ArrowField(id, label, arrows, newColour);
    }
}
