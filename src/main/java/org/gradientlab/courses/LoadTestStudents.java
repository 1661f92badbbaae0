package org.gradientlab.courses;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extra demo students for a load test ({@code gradientlab.demo.load-students}): {@code load-0001}, {@code
 * load-0002}, … with the demo students' public password, enrolled in the demo course. They share one password
 * hash, computed once, so that creating hundreds of them takes a moment rather than hundreds of hash
 * computations; signing in still checks the password with the full hash, as for any account.
 */
@Service
public class LoadTestStudents {

    /** The user name of load-test student number {@code n} (from 1). */
    public static String username(int n) {
        return "load-%04d".formatted(n);
    }

    private final Users users;
    private final Members members;
    private final PasswordEncoder encoder;
    private final Clock clock;

    LoadTestStudents(Users users, Members members, PasswordEncoder encoder, ObjectProvider<Clock> clock) {
        this.users = users;
        this.members = members;
        this.encoder = encoder;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Makes sure students 1…{@code count} exist and are enrolled in the course the demo instructor teaches first;
     * returns how many were created now.
     */
    @Transactional
    public int ensure(int count) {
        UserEntity instructor = users.findByUsername("instructor")
                .orElseThrow(() -> new IllegalStateException("load-test students need the demo content"));
        Long courseId = members.findByUserIdOrderById(instructor.id).stream()
                .filter(m -> Membership.INSTRUCTOR.name().equals(m.membership))
                .map(m -> m.courseId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo instructor teaches no course"));
        String hash = null;
        int created = 0;
        for (int n = 1; n <= count; n++) {
            String username = username(n);
            if (users.existsByUsername(username)) {
                continue;
            }
            if (hash == null) {
                hash = encoder.encode(DemoData.ACCOUNTS.stream()
                        .filter(a -> a.role() == Role.STUDENT)
                        .findFirst()
                        .orElseThrow()
                        .password());
            }
            UserEntity student =
                    users.save(new UserEntity(username, "Load-test student " + n, hash, Role.STUDENT, clock.instant()));
            members.save(new MemberEntity(courseId, student.id, Membership.STUDENT, clock.instant()));
            created++;
        }
        return created;
    }
}
