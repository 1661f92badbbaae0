package org.gradientlab.courses;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses and their members (DESIGN §7): an instructor creates a course with a random join code, students join
 * with the code, instructors add teaching assistants, and those who teach a course see its roster.
 */
@Service
public class CourseService {

    private final Courses courses;
    private final Members members;
    private final Users users;
    private final Access access;
    private final Clock clock;

    CourseService(Courses courses, Members members, Users users, Access access, ObjectProvider<Clock> clock) {
        this.courses = courses;
        this.members = members;
        this.users = users;
        this.access = access;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** An instructor (or admin) creates a course and becomes its instructor. */
    @Transactional
    public CourseSummary create(String actor, String name) {
        UserEntity by = access.user(actor);
        if (by.role() != Role.INSTRUCTOR && by.role() != Role.ADMIN) {
            throw CoursesException.denied(CoursesMessage.NOT_INSTRUCTOR);
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw CoursesException.refused(
                    CoursesMessage.BAD_SETTINGS, "A course needs a name of 1 to 200 characters.");
        }
        String code;
        do {
            code = Passwords.joinCode();
        } while (courses.existsByJoinCode(code));
        CourseEntity course = courses.save(new CourseEntity(name.strip(), code, clock.instant()));
        members.save(new MemberEntity(course.id, by.id, Membership.INSTRUCTOR, clock.instant()));
        return new CourseSummary(course.id, course.name, course.joinCode, Membership.INSTRUCTOR);
    }

    /** A signed-in student joins a course with its join code. */
    @Transactional
    public CourseSummary join(String actor, String joinCode) {
        UserEntity student = access.user(actor);
        CourseEntity course = courses.findByJoinCode(AccountService.normalise(joinCode))
                .orElseThrow(() -> CoursesException.notFound(CoursesMessage.UNKNOWN_JOIN_CODE, joinCode));
        if (access.membership(course.id, student).isPresent()) {
            throw CoursesException.refused(CoursesMessage.ALREADY_MEMBER);
        }
        members.save(new MemberEntity(course.id, student.id, Membership.STUDENT, clock.instant()));
        return new CourseSummary(course.id, course.name, "", Membership.STUDENT);
    }

    /** An instructor of the course adds a user as a teaching assistant (or changes a member to one). */
    @Transactional
    public void addTeachingAssistant(String actor, long courseId, String username) {
        UserEntity by = access.user(actor);
        access.course(courseId);
        access.requireInstructor(courseId, by);
        UserEntity ta = access.user(username);
        if (ta.role() == Role.STUDENT) {
            // The site's pages follow the account's role: a student account could not open the teaching pages.
            throw CoursesException.refused(CoursesMessage.NOT_STAFF, username);
        }
        MemberEntity m = members.findByCourseIdAndUserId(courseId, ta.id)
                .orElseGet(() -> new MemberEntity(courseId, ta.id, Membership.TA, clock.instant()));
        m.membership = Membership.TA.name();
        members.save(m);
    }

    /** The courses the actor belongs to, in the order joined. */
    @Transactional(readOnly = true)
    public List<CourseSummary> myCourses(String actor) {
        UserEntity user = access.user(actor);
        return members.findByUserIdOrderById(user.id).stream()
                .map(m -> {
                    CourseEntity c = access.course(m.courseId);
                    return new CourseSummary(c.id, c.name, m.membership().teaches() ? c.joinCode : "", m.membership());
                })
                .toList();
    }

    /** The members of a course, for those who teach it. */
    @Transactional(readOnly = true)
    public List<RosterEntry> roster(String actor, long courseId) {
        access.course(courseId);
        access.requireTeaching(courseId, access.user(actor));
        return members.findByCourseIdOrderById(courseId).stream()
                .map(m -> {
                    UserEntity u = users.findById(m.userId).orElseThrow();
                    return new RosterEntry(u.username, u.displayName, m.membership());
                })
                .toList();
    }
}
