package org.gradientlab.engine.contour;

import java.util.List;

/** The contour {f = level} as polylines. */
public record ContourLevel(double level, List<Polyline> polylines) {

    public ContourLevel {
        polylines = List.copyOf(polylines);
    }
}
