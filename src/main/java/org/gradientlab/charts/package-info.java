/**
 * Charts for Gradient Lab: a Chart.js 4 component whose configuration is a typed value. Start from
 * {@link org.gradientlab.charts.Chart} with a {@link org.gradientlab.charts.ChartConfig} made of axes and
 * series (curves, optimizer paths, contour lines, arrow fields); {@link org.gradientlab.charts.Chart#updateSeries}
 * redraws live without rebuilding the chart. This package is self-contained: it knows nothing of the engine.
 */
package org.gradientlab.charts;
