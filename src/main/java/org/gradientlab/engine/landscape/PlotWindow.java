package org.gradientlab.engine.landscape;

/**
 * The suggested region to plot. For a function of two variables it is the rectangle
 * [xMin, xMax] × [yMin, yMax] of the contour plot; for a function of one variable, x ranges over
 * [xMin, xMax] and the value axis over [yMin, yMax].
 */
public record PlotWindow(double xMin, double xMax, double yMin, double yMax) {}
