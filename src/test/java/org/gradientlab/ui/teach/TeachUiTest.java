package org.gradientlab.ui.teach;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gradientlab.courses.AccountService;
import org.gradientlab.courses.AssignmentItem;
import org.gradientlab.courses.AssignmentService;
import org.gradientlab.courses.AssignmentSettings;
import org.gradientlab.courses.AssignmentSummary;
import org.gradientlab.courses.AttemptService;
import org.gradientlab.courses.CourseService;
import org.gradientlab.courses.CourseSummary;
import org.gradientlab.courses.GradebookService;
import org.gradientlab.courses.Role;
import org.gradientlab.ui.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Base of the teaching pages' tests: users and courses made through the services (each test its own, so tests
 * share the database without seeing each other's data), and signing in inside the mocked Vaadin request.
 */
abstract class TeachUiTest extends UiTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    AccountService accounts;

    @Autowired
    CourseService courses;

    @Autowired
    AssignmentService assignments;

    @Autowired
    AttemptService attempts;

    @Autowired
    GradebookService gradebooks;

    @Autowired
    PasswordEncoder encoder;

    /** A new user with this role and a unique username starting with {@code prefix}. */
    String user(String prefix, Role role) {
        String username = prefix + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        accounts.createUser(username, "Name of " + username, "password-" + username, role);
        return username;
    }

    /** An instructor's course with one enrolled student. */
    record Course(String instructor, String student, long id, String joinCode) {}

    Course course() {
        String instructor = user("teacher", Role.INSTRUCTOR);
        CourseSummary c = courses.create(instructor, "Course of " + instructor);
        String student = "student" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        accounts.signUp(c.joinCode(), student, "Student " + student, "password-s");
        return new Course(instructor, student, c.id(), c.joinCode());
    }

    /** A published assignment of chain-rule: 3 attempts, 10 % penalty per wrong attempt, no hint cost. */
    AssignmentSummary published(Course c) {
        AssignmentSummary a = assignments.create(
                c.instructor(),
                c.id(),
                new AssignmentSettings("Week 1", List.of(AssignmentItem.of("chain-rule")), 3, 0.1, 0, null));
        return assignments.publish(c.instructor(), a.id());
    }

    /**
     * Signs in as this user for the rest of the test: Spring's security context (read by Vaadin's
     * AuthenticationContext, through the session as in the running site) and the request's principal and roles
     * (read by Vaadin's view access checks).
     */
    static void signIn(String username, Role role) {
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        SecurityContext context = new SecurityContextImpl(authentication);
        SecurityContextHolder.setContext(context);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        FakeRequest request = fakeRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, name) -> name.equals(role.name()));
    }

    /** Karibu's request under Vaadin's wrappers. */
    private static FakeRequest fakeRequest() {
        ServletRequest request = VaadinServletRequest.getCurrent();
        while (!(request instanceof FakeRequest) && request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (FakeRequest) request;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
