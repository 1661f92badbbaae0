package org.gradientlab.courses;

/** One member of a course. */
public record RosterEntry(String username, String displayName, Membership membership) {}
