package org.gradientlab.engine.landscape;

/** A stationary point of a landscape (∇f = 0), the value there, and what kind of point it is. */
public record CriticalPoint(double[] point, double value, Kind kind) {

    /** The kind of stationary point, from the Hessian there (and, for minima, the other minima). */
    public enum Kind {
        GLOBAL_MINIMUM,
        LOCAL_MINIMUM,
        LOCAL_MAXIMUM,
        SADDLE_POINT;

        /** Whether this is a minimum, global or local. */
        public boolean isMinimum() {
            return this == GLOBAL_MINIMUM || this == LOCAL_MINIMUM;
        }
    }

    public CriticalPoint {
        point = point.clone();
    }

    @Override
    public double[] point() {
        return point.clone();
    }
}
