package org.gradientlab.courses;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The demo content of a fresh embedded database: an admin, an instructor, three students, and a course with a
 * published assignment of the four named exercises. The passwords are fixed and public ({@link #ACCOUNTS}), so the
 * demo is never created in production.
 */
@Service
public class DemoData {

    /** A demo account. */
    public record Account(String username, String password, Role role) {}

    /** The demo accounts, with their fixed passwords. */
    public static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "demo-admin-pw", Role.ADMIN),
            new Account("instructor", "demo-instructor-pw", Role.INSTRUCTOR),
            new Account("student1", "demo-student-pw", Role.STUDENT),
            new Account("student2", "demo-student-pw", Role.STUDENT),
            new Account("student3", "demo-student-pw", Role.STUDENT));

    static final List<String> EXERCISES = List.of("chain-rule", "jacobian", "lr-race", "adam-vs-gd");

    private final AccountService accounts;
    private final CourseService courses;
    private final AssignmentService assignments;
    private final Clock clock;
    private final int maxAttempts;

    DemoData(
            AccountService accounts,
            CourseService courses,
            AssignmentService assignments,
            ObjectProvider<Clock> clock,
            @Value("${gradientlab.demo.max-attempts:3}") int maxAttempts) {
        this.accounts = accounts;
        this.courses = courses;
        this.assignments = assignments;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.maxAttempts = maxAttempts;
    }

    /** Creates the demo content when the database has no users; returns whether it did. */
    public boolean createIfEmpty() {
        if (accounts.anyUsers()) {
            return false;
        }
        for (Account a : ACCOUNTS) {
            accounts.createUser(a.username(), displayName(a), a.password(), a.role());
        }
        CourseSummary course = courses.create("instructor", "Gradients and optimisation (demo)");
        for (Account a : ACCOUNTS) {
            if (a.role() == Role.STUDENT) {
                courses.join(a.username(), course.joinCode());
            }
        }
        AssignmentSummary assignment = assignments.create(
                "instructor",
                course.id(),
                new AssignmentSettings(
                        "Week 1: derivatives, Jacobians and learning rates",
                        EXERCISES.stream().map(AssignmentItem::of).toList(),
                        maxAttempts,
                        0.1,
                        0.05,
                        clock.instant().plus(Duration.ofDays(14))));
        assignments.publish("instructor", assignment.id());
        return true;
    }

    /** Whether the demo accounts exist (so the console can say how to sign in). */
    public boolean present() {
        return accounts.login("instructor").isPresent()
                && accounts.login("student1").isPresent();
    }

    private static String displayName(Account a) {
        return switch (a.role()) {
            case ADMIN -> "Site administrator";
            case INSTRUCTOR -> "Demo Instructor";
            case TA -> "Demo Assistant";
            case STUDENT -> "Demo Student " + a.username().substring("student".length());
        };
    }
}
