package org.gradientlab.api.optimize;

import java.util.List;

/**
 * Early-stop rules, checked at every point including the start.
 *
 * @param fBelow        stop as soon as f(x_k) &lt; fBelow
 * @param distanceBelow stop as soon as ‖x_k − minimiser‖ &lt; distanceBelow
 * @param minimiser     the point for {@code distanceBelow}; for a landscape its global minimiser by default
 */
record StopSettings(Double fBelow, Double distanceBelow, List<Double> minimiser) {}
