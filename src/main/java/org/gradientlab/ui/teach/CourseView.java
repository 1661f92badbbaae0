package org.gradientlab.ui.teach;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.gradientlab.courses.AccountService;
import org.gradientlab.courses.AssignmentService;
import org.gradientlab.courses.AssignmentSummary;
import org.gradientlab.courses.CourseService;
import org.gradientlab.courses.CourseSummary;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.courses.Membership;
import org.gradientlab.courses.RosterEntry;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;

/**
 * One course as those who teach it see it: the join code, the roster (with password resets), teaching assistants
 * added by username, the assignments with their state and due date in the viewer's time zone, and links to the
 * gradebook and to a new assignment. Anyone who does not teach the course gets "page not found".
 */
@StyleSheet("styles/teach.css")
@Route(value = "teach/course/:courseId", layout = MainLayout.class)
@RolesAllowed({"TA", "INSTRUCTOR", "ADMIN"})
public class CourseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseService courses;
    private final AssignmentService assignments;
    private final AccountService accounts;
    private final String actor;
    private CourseSummary course;
    private ZoneId zone = ZoneOffset.UTC;

    final H1 title = new H1();
    final Div joinCode = new Div();
    final Grid<RosterEntry> roster = new Grid<>();
    final TextField taUsername = new TextField();
    final Button addTa = new Button(VaadinIcon.PLUS.create());
    final Div taForm = new Div(taUsername, addTa);
    final Grid<AssignmentSummary> assignmentGrid = new Grid<>();
    final Button newAssignment = new Button(VaadinIcon.PLUS.create());
    final RouterLink gradebook = new RouterLink();

    public CourseView(
            CourseService courses,
            AssignmentService assignments,
            AccountService accounts,
            AuthenticationContext authentication) {
        this.courses = courses;
        this.assignments = assignments;
        this.accounts = accounts;
        this.actor = authentication.getPrincipalName().orElse("");
        addClassNames("gl-page", "gl-teach");
    }

    /** The route parameters of a course's page. */
    static RouteParameters parameters(long courseId) {
        return new RouteParameters("courseId", Long.toString(courseId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Ids.parse(event.getRouteParameters().get("courseId").orElse(""));
        try {
            Optional<CourseSummary> taught = Ids.taught(courses, actor, id);
            if (taught.isEmpty()) {
                Ids.reroute(event);
                return;
            }
            course = taught.get();
            build(courses.roster(actor, id), assignments.forCourse(actor, id));
        } catch (CoursesException e) {
            Ids.reroute(event);
        }
    }

    private boolean instructor() {
        return course.membership() == Membership.INSTRUCTOR;
    }

    private void build(List<RosterEntry> members, List<AssignmentSummary> list) {
        removeAll();
        title.setText(course.name());
        joinCode.removeAll();
        joinCode.add(JoinCode.of(course.joinCode()));
        gradebook.setText(getTranslation("teach.gradebook.open"));
        gradebook.setRoute(GradebookView.class, parameters(course.id()));
        gradebook.addClassName("gl-button-link");
        add(title, joinCode, new Div(gradebook));

        add(new H2(getTranslation("teach.assignments")));
        assignmentGrid.removeAllColumns();
        assignmentGrid
                .addComponentColumn(a -> new RouterLink(
                        a.settings().title(), AssignmentEditor.class, AssignmentEditor.parameters(a.id())))
                .setHeader(getTranslation("teach.assignment.title"))
                .setFlexGrow(3);
        assignmentGrid
                .addComponentColumn(a -> State.badge(this, a.published()))
                .setHeader(getTranslation("teach.assignment.state"));
        assignmentGrid
                .addColumn(a -> a.settings().dueAt() == null
                        ? getTranslation("teach.assignment.no-due")
                        : ViewerZone.format(a.settings().dueAt(), zone, getLocale()))
                .setHeader(getTranslation("teach.assignment.due"));
        assignmentGrid
                .addComponentColumn(a -> new RouterLink(
                        getTranslation("teach.misconceptions.open"),
                        MisconceptionsView.class,
                        AssignmentEditor.parameters(a.id())))
                .setHeader(getTranslation("teach.misconceptions.title"));
        assignmentGrid.setItems(list);
        assignmentGrid.setAllRowsVisible(true);
        assignmentGrid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        add(assignmentGrid);
        if (instructor()) {
            newAssignment.setText(getTranslation("teach.assignment.new"));
            newAssignment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            newAssignment.addClickListener(e -> UI.getCurrent().navigate(AssignmentEditor.newPath(course.id())));
            add(newAssignment);
        }

        add(new H2(getTranslation("teach.roster")));
        roster.removeAllColumns();
        roster.addColumn(RosterEntry::username).setHeader(getTranslation("teach.roster.username"));
        roster.addColumn(RosterEntry::displayName).setHeader(getTranslation("teach.roster.name"));
        roster.addColumn(
                        r -> getTranslation("teach.membership." + r.membership().name()))
                .setHeader(getTranslation("teach.roster.role"));
        if (instructor()) {
            roster.addComponentColumn(this::resetButton).setHeader(getTranslation("teach.roster.password"));
        }
        roster.setItems(members);
        roster.setAllRowsVisible(true);
        roster.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        add(roster);
        if (instructor()) {
            taUsername.setLabel(getTranslation("teach.roster.ta-username"));
            taUsername.setHelperText(getTranslation("teach.roster.ta-help"));
            addTa.setText(getTranslation("teach.roster.add-ta"));
            addTa.addClickListener(e -> addTeachingAssistant());
            taForm.addClassName("gl-teach-form");
            add(taForm);
        }
        ViewerZone.whenKnown(UI.getCurrent(), known -> {
            zone = known;
            assignmentGrid.getDataProvider().refreshAll();
        });
    }

    private Span resetButton(RosterEntry member) {
        if (member.membership() == Membership.INSTRUCTOR) {
            return new Span();
        }
        Button reset = new Button(getTranslation("teach.roster.reset"), VaadinIcon.KEY.create());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        reset.addClickListener(e -> resetPassword(member.username()));
        return new Span(reset);
    }

    void resetPassword(String username) {
        try {
            new PasswordDialog(accounts.resetPassword(actor, username)).open();
        } catch (CoursesException e) {
            Notices.refused(this, e);
        }
    }

    void addTeachingAssistant() {
        try {
            courses.addTeachingAssistant(
                    actor, course.id(), taUsername.getValue().strip());
            Notices.done(this, "teach.roster.ta-added", taUsername.getValue().strip());
            taUsername.clear();
            taUsername.setInvalid(false);
            roster.setItems(courses.roster(actor, course.id()));
        } catch (CoursesException e) {
            taUsername.setErrorMessage(Notices.text(this, e));
            taUsername.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return course == null ? PageTitles.of(this, "teach.title") : PageTitles.ofText(this, course.name());
    }
}
