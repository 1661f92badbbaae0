package org.gradientlab.courses;

/** An assignment as stored: its course, its settings and whether students see it. */
public record AssignmentSummary(long id, long courseId, AssignmentSettings settings, boolean published) {}
