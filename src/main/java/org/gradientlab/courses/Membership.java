package org.gradientlab.courses;

/** How a user belongs to one course. */
public enum Membership {
    INSTRUCTOR,
    TA,
    STUDENT;

    /** Whether this member sees the course's gradebook and every student's attempts. */
    public boolean teaches() {
        return this != STUDENT;
    }
}
