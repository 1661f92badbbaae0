package org.gradientlab.courses;

/** What a regrade did: how many stored attempts were graded again and how many changed their grade. */
public record RegradeReport(int attempts, int changed) {}
