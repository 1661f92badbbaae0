package org.gradientlab.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every page of the site × every kind of visitor, allowed or refused as DESIGN §1 and §7 say: practice pages for
 * everyone, the student's course pages for students, the teaching pages for teaching assistants, instructors and
 * the admin, the admin page for the admin. The expected table is written here from the design, not read from the
 * views, and a page that is missing from it fails the test, so a new page cannot be added without deciding who may
 * open it.
 *
 * <p>This is the route level, checked with Vaadin's own access checker (what its navigation access control uses).
 * Which course's data a permitted user may see is decided by the courses services and checked by the view tests
 * (another instructor's course, another student's assignment: not found) and by {@code CoursesContract} (another
 * student's attempt by id: not found); the API's matrix is {@code CoursesApiSecurityTest}.
 */
class RouteAccessMatrixTest {

    enum Visitor {
        ANONYMOUS(null),
        STUDENT("STUDENT"),
        TA("TA"),
        INSTRUCTOR("INSTRUCTOR"),
        ADMIN("ADMIN");

        final String role;

        Visitor(String role) {
            this.role = role;
        }
    }

    private static final Set<Visitor> EVERYONE = EnumSet.allOf(Visitor.class);
    private static final Set<Visitor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Visitor.ANONYMOUS));
    private static final Set<Visitor> STUDENTS = EnumSet.of(Visitor.STUDENT);
    private static final Set<Visitor> TEACHING = EnumSet.of(Visitor.TA, Visitor.INSTRUCTOR, Visitor.ADMIN);
    private static final Set<Visitor> ADMIN = EnumSet.of(Visitor.ADMIN);

    /** Who may open each route template. */
    private static final Map<String, Set<Visitor>> EXPECTED = Map.ofEntries(
            Map.entry("", EVERYONE),
            Map.entry("home", EVERYONE),
            Map.entry("help", EVERYONE),
            Map.entry("playground", EVERYONE),
            Map.entry("exercises/:exerciseId", EVERYONE),
            Map.entry("login", EVERYONE),
            Map.entry("signup", EVERYONE),
            Map.entry("account/password", SIGNED_IN),
            Map.entry("courses", STUDENTS),
            Map.entry("courses/assignment/:assignmentId", STUDENTS),
            Map.entry("courses/assignment/:assignmentId/:exerciseId", STUDENTS),
            Map.entry("teach", TEACHING),
            Map.entry("teach/course/:courseId", TEACHING),
            Map.entry("teach/course/:courseId/gradebook", TEACHING),
            Map.entry("teach/course/:courseId/new-assignment", TEACHING),
            Map.entry("teach/assignment/:assignmentId", TEACHING),
            Map.entry("teach/assignment/:assignmentId/misconceptions", TEACHING),
            Map.entry("admin", ADMIN));

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void every_page_admits_exactly_the_visitors_the_design_names() {
        Map<String, Class<?>> routes = routes();
        assertThat(routes.keySet())
                .as("every page of the site has a row in the expected table, and every row a page")
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());

        List<String> wrong = new ArrayList<>();
        routes.forEach((template, view) -> {
            for (Visitor visitor : Visitor.values()) {
                boolean allowed = checker.hasAccess(view, principal(visitor), role -> role.equals(visitor.role));
                boolean expected = EXPECTED.get(template).contains(visitor);
                if (allowed != expected) {
                    wrong.add("/%s for %s: %s, expected %s"
                            .formatted(
                                    template,
                                    visitor,
                                    allowed ? "allowed" : "refused",
                                    expected ? "allowed" : "refused"));
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** The route templates of the application's views (not the test-only ones), with their view classes. */
    private static Map<String, Class<?>> routes() {
        Map<String, Class<?>> routes = new TreeMap<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gradientlab")) {
            Class<?> view = c.reflect();
            Route route = view.getAnnotation(Route.class);
            if (route != null) {
                routes.put(route.value(), view);
            }
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                routes.put(alias.value(), view);
            }
        }
        return routes;
    }

    private static Principal principal(Visitor visitor) {
        return visitor == Visitor.ANONYMOUS ? null : () -> visitor.name().toLowerCase(java.util.Locale.ROOT);
    }
}
