package org.gradientlab.courses;

/** What a user may do on the site (DESIGN §7); a course adds its own membership on top (see {@link Membership}). */
public enum Role {
    STUDENT,
    TA,
    INSTRUCTOR,
    ADMIN
}
