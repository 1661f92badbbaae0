package org.gradientlab.courses;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the instructor's pages show beside an assignment's settings and gradebook: every grade override with who
 * set it and why, and the per-student extensions. Only those who teach the course may read them.
 */
@Service
public class TeachingRecords {

    /**
     * One grade override, as kept: the latest for a student's exercise is the one that counts.
     *
     * @param student    the student's username
     * @param exerciseId the exercise
     * @param score      the score set by hand, in [0, 1]
     * @param reason     why, as typed
     * @param by         the username of whoever set it
     * @param at         when
     */
    public record GradeOverride(
            String student, String exerciseId, double score, String reason, String by, Instant at) {}

    /** A student's own due date of an assignment (UTC). */
    public record Extension(String student, Instant dueAt) {}

    private final Overrides overrides;
    private final Extensions extensions;
    private final Users users;
    private final Access access;

    TeachingRecords(Overrides overrides, Extensions extensions, Users users, Access access) {
        this.overrides = overrides;
        this.extensions = extensions;
        this.users = users;
        this.access = access;
    }

    /** Every override of the assignment, oldest first. */
    @Transactional(readOnly = true)
    public List<GradeOverride> overrides(String actor, long assignmentId) {
        AssignmentEntity a = access.assignment(assignmentId);
        access.requireTeaching(a.courseId, access.user(actor));
        return overrides.findByAssignmentIdOrderById(a.id).stream()
                .map(o -> new GradeOverride(
                        username(o.studentId), o.exerciseId, o.score, o.reason, username(o.overriddenBy), o.createdAt))
                .toList();
    }

    /** The extensions granted on the assignment, in the order granted. */
    @Transactional(readOnly = true)
    public List<Extension> extensions(String actor, long assignmentId) {
        AssignmentEntity a = access.assignment(assignmentId);
        access.requireTeaching(a.courseId, access.user(actor));
        return extensions.findByAssignmentId(a.id).stream()
                .map(e -> new Extension(username(e.studentId), e.dueAt))
                .toList();
    }

    private String username(long id) {
        return users.findById(id).map(u -> u.username).orElse("");
    }
}
