/**
 * The live chart beside each exercise, chosen by exercise id in {@link org.gradientlab.ui.exercises.live.LiveCharts}:
 * every chart is a {@link org.gradientlab.ui.exercises.live.LiveChart} built from the variant, told when the
 * student's answers change and when they are graded, and redrawn from the engine's runs as its sliders move.
 */
package org.gradientlab.ui.exercises.live;
