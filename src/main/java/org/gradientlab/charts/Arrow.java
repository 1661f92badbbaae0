package org.gradientlab.charts;

/** An arrow from (x, y) to (x + dx, y + dy) in data coordinates. */
public record Arrow(double x, double y, double dx, double dy) {}
