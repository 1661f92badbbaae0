package org.gradientlab.courses;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Looks up the acting user and the course rights every service method checks first. */
@Component
class Access {

    private final Users users;
    private final Courses courses;
    private final Members members;
    private final Assignments assignments;

    Access(Users users, Courses courses, Members members, Assignments assignments) {
        this.users = users;
        this.courses = courses;
        this.members = members;
        this.assignments = assignments;
    }

    UserEntity user(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> CoursesException.notFound(CoursesMessage.UNKNOWN_USER, username));
    }

    CourseEntity course(long courseId) {
        return courses.findById(courseId)
                .orElseThrow(() -> CoursesException.notFound(CoursesMessage.UNKNOWN_COURSE, courseId));
    }

    AssignmentEntity assignment(long assignmentId) {
        return assignments
                .findById(assignmentId)
                .orElseThrow(() -> CoursesException.notFound(CoursesMessage.UNKNOWN_ASSIGNMENT, assignmentId));
    }

    Optional<Membership> membership(long courseId, UserEntity user) {
        return members.findByCourseIdAndUserId(courseId, user.id).map(MemberEntity::membership);
    }

    /** The actor's membership, or access denied for those outside the course. */
    Membership member(long courseId, UserEntity actor) {
        return membership(courseId, actor).orElseThrow(() -> CoursesException.denied(CoursesMessage.NOT_A_MEMBER));
    }

    void requireTeaching(long courseId, UserEntity actor) {
        if (!member(courseId, actor).teaches()) {
            throw CoursesException.denied(CoursesMessage.NOT_TEACHING);
        }
    }

    void requireInstructor(long courseId, UserEntity actor) {
        if (member(courseId, actor) != Membership.INSTRUCTOR) {
            throw CoursesException.denied(CoursesMessage.NOT_INSTRUCTOR);
        }
    }

    void requireAdmin(UserEntity actor) {
        if (actor.role() != Role.ADMIN) {
            throw CoursesException.denied(CoursesMessage.NOT_ADMIN);
        }
    }
}
