package org.gradientlab.courses;

/** A course as one of its members sees it; the join code is shown to those who teach it only. */
public record CourseSummary(long id, String name, String joinCode, Membership membership) {}
