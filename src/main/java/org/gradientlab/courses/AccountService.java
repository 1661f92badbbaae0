package org.gradientlab.courses;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts (DESIGN §7): the admin creates instructors, students sign up with a course's join code, an instructor
 * or admin resets a password and gets a temporary one back (there is no mail server). Passwords are stored only
 * as hashes of the configured {@link PasswordEncoder}.
 */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

    private final Users users;
    private final Courses courses;
    private final Members members;
    private final Access access;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountService(
            Users users,
            Courses courses,
            Members members,
            Access access,
            PasswordEncoder encoder,
            ObjectProvider<Clock> clock) {
        this.users = users;
        this.courses = courses;
        this.members = members;
        this.access = access;
        this.encoder = encoder;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** What sign-in needs of this user, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Login> login(String username) {
        return users.findByUsername(username).map(u -> new Login(u.username, u.passwordHash, u.role()));
    }

    /** The user, as others see them. */
    @Transactional(readOnly = true)
    public UserSummary user(String username) {
        return UserSummary.of(access.user(username));
    }

    /** The admin creates an instructor account; the temporary password is returned once. */
    @Transactional
    public TemporaryPassword createInstructor(String actor, String username, String displayName) {
        access.requireAdmin(access.user(actor));
        return createWithTemporaryPassword(username, displayName, Role.INSTRUCTOR);
    }

    /** A new student signs up with a course's join code and is enrolled in that course. */
    @Transactional
    public UserSummary signUp(String joinCode, String username, String displayName, String password) {
        CourseEntity course = courses.findByJoinCode(normalise(joinCode))
                .orElseThrow(() -> CoursesException.notFound(CoursesMessage.UNKNOWN_JOIN_CODE, joinCode));
        UserEntity student = create(username, displayName, password, Role.STUDENT);
        members.save(new MemberEntity(course.id, student.id, Membership.STUDENT, clock.instant()));
        return UserSummary.of(student);
    }

    /**
     * Resets a password and returns a new temporary one. An admin may reset anyone's but another admin's; an
     * instructor only that of a student or TA in one of their courses.
     */
    @Transactional
    public TemporaryPassword resetPassword(String actor, String username) {
        UserEntity by = access.user(actor);
        UserEntity target = access.user(username);
        if (!mayReset(by, target)) {
            throw CoursesException.denied(CoursesMessage.MAY_NOT_RESET, username);
        }
        String password = Passwords.temporary();
        target.passwordHash = encoder.encode(password);
        target.mustChangePassword = true;
        return new TemporaryPassword(username, password);
    }

    /** Creates a staff account with a temporary password, which its owner must replace at the first sign-in. */
    @Transactional
    TemporaryPassword createWithTemporaryPassword(String username, String displayName, Role role) {
        String password = Passwords.temporary();
        create(username, displayName, password, role).mustChangePassword = true;
        return new TemporaryPassword(username, password);
    }

    /** Whether the user still has a temporary password (given by an admin or an instructor) to replace. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return users.findByUsername(username).map(u -> u.mustChangePassword).orElse(false);
    }

    /**
     * The user replaces their password, proving the current one.
     *
     * @throws CoursesException {@link CoursesMessage#WRONG_PASSWORD}, {@link CoursesMessage#WEAK_PASSWORD} or
     *     {@link CoursesMessage#SAME_PASSWORD}
     */
    @Transactional
    public void changePassword(String actor, String current, String chosen) {
        UserEntity user = access.user(actor);
        if (current == null || !encoder.matches(current, user.passwordHash)) {
            throw CoursesException.refused(CoursesMessage.WRONG_PASSWORD);
        }
        if (chosen == null || chosen.length() < Passwords.MIN_LENGTH) {
            throw CoursesException.refused(CoursesMessage.WEAK_PASSWORD, Passwords.MIN_LENGTH);
        }
        if (chosen.equals(current)) {
            throw CoursesException.refused(CoursesMessage.SAME_PASSWORD);
        }
        user.passwordHash = encoder.encode(chosen);
        user.mustChangePassword = false;
    }

    /** Creates a user directly with a chosen password: demo data and the first admin. */
    @Transactional
    public UserSummary createUser(String username, String displayName, String password, Role role) {
        return UserSummary.of(create(username, displayName, password, role));
    }

    /** Whether any user exists yet (the demo data runs only on an empty database). */
    @Transactional(readOnly = true)
    public boolean anyUsers() {
        return users.count() > 0;
    }

    private boolean mayReset(UserEntity by, UserEntity target) {
        if (by.role() == Role.ADMIN) {
            return target.role() != Role.ADMIN || by.id.equals(target.id);
        }
        if (by.role() != Role.INSTRUCTOR || target.role() == Role.ADMIN || target.role() == Role.INSTRUCTOR) {
            return false;
        }
        return members.findByUserIdOrderById(target.id).stream()
                .anyMatch(m -> access.membership(m.courseId, by).orElse(null) == Membership.INSTRUCTOR);
    }

    private UserEntity create(String username, String displayName, String password, Role role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw CoursesException.refused(CoursesMessage.BAD_USERNAME);
        }
        if (password == null || password.length() < Passwords.MIN_LENGTH) {
            throw CoursesException.refused(CoursesMessage.WEAK_PASSWORD, Passwords.MIN_LENGTH);
        }
        if (users.existsByUsername(username)) {
            throw CoursesException.refused(CoursesMessage.USERNAME_TAKEN, username);
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        return users.save(new UserEntity(username, name, encoder.encode(password), role, clock.instant()));
    }

    static String normalise(String joinCode) {
        return joinCode == null ? "" : joinCode.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
