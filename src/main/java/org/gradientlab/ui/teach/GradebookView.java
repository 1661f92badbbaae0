package org.gradientlab.ui.teach;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.gradientlab.courses.AssignmentService;
import org.gradientlab.courses.AssignmentSummary;
import org.gradientlab.courses.AttemptService;
import org.gradientlab.courses.CourseService;
import org.gradientlab.courses.CourseSummary;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.courses.Gradebook;
import org.gradientlab.courses.GradebookService;
import org.gradientlab.courses.RegradeReport;
import org.gradientlab.courses.TeachingRecords;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.ui.i18n.Percentages;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A course's gradebook for those who teach it: students × exercises with the kept score, a late flag and an
 * override marker, each student's total; a cell opens that student's attempt history for the exercise and the
 * grade override; the course's assignments can be regraded and the gradebook downloaded as CSV.
 */
@StyleSheet("styles/teach.css")
@Route(value = "teach/course/:courseId/gradebook", layout = MainLayout.class)
@RolesAllowed({"TA", "INSTRUCTOR", "ADMIN"})
public class GradebookView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseService courses;
    private final AssignmentService assignments;
    private final GradebookService gradebooks;
    private final AttemptService attempts;
    private final TeachingRecords records;
    private final Catalogue catalogue;
    private final String actor;
    private CourseSummary course;
    Gradebook book;

    final H1 heading = new H1();
    final Grid<Gradebook.Row> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Anchor csv = new Anchor();
    final Select<AssignmentSummary> regradeWhich = new Select<>();
    final Button regrade = new Button(VaadinIcon.REFRESH.create());

    public GradebookView(
            CourseService courses,
            AssignmentService assignments,
            GradebookService gradebooks,
            AttemptService attempts,
            TeachingRecords records,
            ObjectProvider<Catalogue> catalogue,
            AuthenticationContext authentication) {
        this.courses = courses;
        this.assignments = assignments;
        this.gradebooks = gradebooks;
        this.attempts = attempts;
        this.records = records;
        this.catalogue = catalogue.getIfAvailable(Catalogue::standard);
        this.actor = authentication.getPrincipalName().orElse("");
        addClassNames("gl-page", "gl-teach", "gl-gradebook");
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
            build(assignments.forCourse(actor, id));
            refresh();
        } catch (CoursesException e) {
            Ids.reroute(event);
        }
    }

    private void build(List<AssignmentSummary> list) {
        removeAll();
        RouterLink back = new RouterLink(course.name(), CourseView.class, CourseView.parameters(course.id()));
        back.addClassName("gl-eyebrow");
        heading.setText(getTranslation("teach.gradebook.title"));
        add(back, heading, new Paragraph(getTranslation("teach.gradebook.lead")));

        String file = "gradebook-" + course.id() + ".csv";
        csv.setHref(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = gradebooks.csv(actor, course.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, "text/csv", bytes.length);
        }));
        csv.setText(getTranslation("teach.gradebook.csv"));
        csv.getElement().setAttribute("download", file);
        csv.addClassName("gl-button-link");

        regradeWhich.setLabel(getTranslation("teach.gradebook.regrade-which"));
        regradeWhich.setItems(list);
        regradeWhich.setItemLabelGenerator(a -> a.settings().title());
        list.stream().findFirst().ifPresent(regradeWhich::setValue);
        regrade.setText(getTranslation("teach.gradebook.regrade"));
        regrade.addClickListener(e -> regrade());
        Div tools = new Div(csv, regradeWhich, regrade);
        tools.addClassName("gl-teach-form");
        add(tools);

        Div links = new Div();
        links.addClassName("gl-teach-links");
        for (AssignmentSummary a : list) {
            links.add(new RouterLink(
                    getTranslation("teach.misconceptions.of", a.settings().title()),
                    MisconceptionsView.class,
                    AssignmentEditor.parameters(a.id())));
        }
        empty.setText(getTranslation("teach.gradebook.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(grid, empty, links);
    }

    void refresh() {
        book = gradebooks.gradebook(actor, course.id());
        grid.removeAllColumns();
        grid.addColumn(r -> r.displayName() + " (" + r.username() + ")")
                .setHeader(getTranslation("teach.gradebook.student"))
                .setKey("student")
                .setFrozen(true)
                .setAutoWidth(true);
        for (int i = 0; i < book.columns().size(); i++) {
            int index = i;
            Gradebook.Column column = book.columns().get(i);
            grid.addComponentColumn(r -> cell(r, index))
                    .setHeader(column.assignmentTitle() + ": "
                            + catalogue
                                    .byId(column.exerciseId())
                                    .map(e -> Titles.exercise(this, e))
                                    .orElse(column.exerciseId()))
                    .setKey("cell-" + i)
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
        }
        grid.addColumn(r -> Percentages.of(total(r)))
                .setHeader(getTranslation("teach.gradebook.total"))
                .setKey("total")
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(book.rows());
        grid.setVisible(!book.rows().isEmpty() && !book.columns().isEmpty());
        empty.setVisible(!grid.isVisible());
    }

    /** What a cell shows: the kept score (or a dash), "late" and "overridden" markers. */
    String cellText(Gradebook.Cell c) {
        StringBuilder text = new StringBuilder(c.score() == null ? "–" : Percentages.of(c.score()));
        if (c.late()) {
            text.append(" · ").append(getTranslation("teach.gradebook.late"));
        }
        if (c.overridden()) {
            text.append(" · ").append(getTranslation("teach.gradebook.overridden"));
        }
        return text.toString();
    }

    private Button cell(Gradebook.Row row, int index) {
        Gradebook.Cell c = row.cells().get(index);
        Button b = new Button(cellText(c));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (c.late()) {
            b.addClassName("gl-late");
        }
        b.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "teach.gradebook.open-cell",
                                row.username(),
                                book.columns().get(index).exerciseId()));
        b.addClickListener(e -> open(row, index));
        return b;
    }

    CellDialog open(Gradebook.Row row, int index) {
        Gradebook.Column column = book.columns().get(index);
        CellDialog dialog = new CellDialog(attempts, gradebooks, records, actor, row, column, this::refresh);
        dialog.open();
        return dialog;
    }

    /** The mean over every exercise of the course, an exercise without a score counting 0. */
    static double total(Gradebook.Row row) {
        if (row.cells().isEmpty()) {
            return 0;
        }
        return row.cells().stream()
                        .mapToDouble(c -> c.score() == null ? 0 : c.score())
                        .sum()
                / row.cells().size();
    }

    void regrade() {
        if (regradeWhich.getValue() == null) {
            return;
        }
        try {
            RegradeReport report =
                    gradebooks.regrade(actor, regradeWhich.getValue().id());
            Notices.done(
                    this,
                    "teach.gradebook.regraded",
                    String.valueOf(report.attempts()),
                    String.valueOf(report.changed()));
            refresh();
        } catch (CoursesException e) {
            Notices.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "teach.gradebook.title");
    }
}
