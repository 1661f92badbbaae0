/**
 * Contour lines for the playground's landscapes: sample a function of two variables on a {@link
 * org.gradientlab.engine.contour.ContourGrid}, pick levels with {@link
 * org.gradientlab.engine.contour.ContourLevels}, and trace them with {@link
 * org.gradientlab.engine.contour.MarchingSquares}, which returns joined polylines per level.
 */
package org.gradientlab.engine.contour;
