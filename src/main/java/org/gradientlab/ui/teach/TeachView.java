package org.gradientlab.ui.teach;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.gradientlab.courses.AccountService;
import org.gradientlab.courses.CourseService;
import org.gradientlab.courses.CourseSummary;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.courses.Role;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;

/**
 * "Teaching": the courses the signed-in instructor or teaching assistant teaches, each with its join code and a
 * link to its page; instructors (and the admin) create a course here and see its join code at once.
 */
@StyleSheet("styles/teach.css")
@Route(value = "teach", layout = MainLayout.class)
@RolesAllowed({"TA", "INSTRUCTOR", "ADMIN"})
public class TeachView extends Main implements HasDynamicTitle {

    private final CourseService courses;
    private final String actor;

    final Grid<CourseSummary> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final TextField courseName = new TextField();
    final Button create = new Button(VaadinIcon.PLUS.create());
    final Div created = new Div();

    public TeachView(CourseService courses, AccountService accounts, AuthenticationContext authentication) {
        this.courses = courses;
        this.actor = authentication.getPrincipalName().orElse("");
        addClassNames("gl-page", "gl-teach");
        add(new H1(getTranslation("teach.title")), new Paragraph(getTranslation("teach.lead")));

        grid.addColumn(CourseSummary::name)
                .setHeader(getTranslation("teach.course.name"))
                .setFlexGrow(3);
        grid.addColumn(c -> getTranslation("teach.membership." + c.membership().name()))
                .setHeader(getTranslation("teach.course.your-role"));
        grid.addColumn(CourseSummary::joinCode).setHeader(getTranslation("teach.course.join-code"));
        grid.addComponentColumn(c -> new RouterLink(
                        getTranslation("teach.course.open"), CourseView.class, CourseView.parameters(c.id())))
                .setHeader(getTranslation("teach.course.page"));
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("teach.no-courses"));
        add(new H2(getTranslation("teach.my-courses")), grid, empty);

        boolean mayCreate = accounts.user(actor).role() != Role.TA;
        if (mayCreate) {
            courseName.setLabel(getTranslation("teach.course.new-name"));
            courseName.setMaxLength(200);
            courseName.setRequired(true);
            create.setText(getTranslation("teach.course.create"));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(e -> create());
            Div form = new Div(courseName, create);
            form.addClassName("gl-teach-form");
            created.addClassNames("gl-card", "gl-teach-created");
            created.setVisible(false);
            add(new H2(getTranslation("teach.course.new")), form, created);
        }
        refresh();
    }

    private void refresh() {
        List<CourseSummary> mine = courses.myCourses(actor).stream()
                .filter(c -> c.membership().teaches())
                .toList();
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }

    void create() {
        try {
            CourseSummary course = courses.create(actor, courseName.getValue());
            courseName.clear();
            courseName.setInvalid(false);
            created.removeAll();
            created.add(
                    new Paragraph(getTranslation("teach.course.created", course.name())),
                    JoinCode.of(course.joinCode()),
                    new RouterLink(
                            getTranslation("teach.course.open"), CourseView.class, CourseView.parameters(course.id())));
            created.setVisible(true);
            refresh();
        } catch (CoursesException e) {
            courseName.setErrorMessage(Notices.text(this, e));
            courseName.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "teach.title");
    }
}
