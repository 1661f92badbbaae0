package org.gradientlab.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.util.List;
import java.util.UUID;
import org.gradientlab.courses.AccountService;
import org.gradientlab.courses.CourseService;
import org.gradientlab.courses.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * UI tests of the course pages with the demo content and a signed-in user: Spring Security's context (which
 * Vaadin's {@code AuthenticationContext} reads) and the mocked request's principal and roles (which the view
 * access checks read).
 */
public abstract class SignedInUiTest extends UiTest {

    protected static final String DEMO_PASSWORD = "demo-student-pw";

    @Autowired
    protected DemoData demo;

    @Autowired
    protected AccountService accounts;

    @Autowired
    protected CourseService courses;

    @BeforeEach
    void demoContent() {
        demo.createIfEmpty();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs this user in with their role; the page is then loaded afresh, as after signing in on the site. */
    protected void signIn(String username) {
        String role = accounts.user(username).role().name();
        var token = UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        SecurityContextHolder.getContext().setAuthentication(token);
        tearDownVaadin();
        setUpVaadin();
        FakeRequest request = fakeRequest();
        request.setUserPrincipalInt(token);
        request.setUserInRole((principal, r) -> r.equals(role) || r.equals("ROLE_" + role));
    }

    private static FakeRequest fakeRequest() {
        ServletRequest request = VaadinServletRequest.getCurrent();
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (FakeRequest) request;
    }

    /** A new student in the demo course, so that a test's attempts are its own. */
    protected String newDemoStudent() {
        String code = courses.myCourses("instructor").getFirst().joinCode();
        String username = "s" + UUID.randomUUID().toString().substring(0, 8);
        accounts.signUp(code, username, "Test Student", DEMO_PASSWORD);
        return username;
    }

    /** The demo assignment's id. */
    protected long demoAssignment(org.gradientlab.courses.AssignmentService assignments) {
        long course = courses.myCourses("instructor").getFirst().id();
        return assignments.forCourse("instructor", course).getFirst().id();
    }
}
