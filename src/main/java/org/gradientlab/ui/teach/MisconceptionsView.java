package org.gradientlab.ui.teach;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.gradientlab.courses.AssignmentService;
import org.gradientlab.courses.AssignmentSummary;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.courses.GradebookService;
import org.gradientlab.courses.Misconceptions;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The misconception dashboard of one assignment: per exercise, how many attempts carried each note, most frequent
 * first, with up to three example answers — what to go over again in the next lecture.
 */
@StyleSheet("styles/teach.css")
@Route(value = "teach/assignment/:assignmentId/misconceptions", layout = MainLayout.class)
@RolesAllowed({"TA", "INSTRUCTOR", "ADMIN"})
public class MisconceptionsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AssignmentService assignments;
    private final GradebookService gradebooks;
    private final Catalogue catalogue;
    private final String actor;

    final H1 heading = new H1();
    final List<Grid<Misconceptions.Count>> grids = new ArrayList<>();

    public MisconceptionsView(
            AssignmentService assignments,
            GradebookService gradebooks,
            ObjectProvider<Catalogue> catalogue,
            AuthenticationContext authentication) {
        this.assignments = assignments;
        this.gradebooks = gradebooks;
        this.catalogue = catalogue.getIfAvailable(Catalogue::standard);
        this.actor = authentication.getPrincipalName().orElse("");
        addClassNames("gl-page", "gl-teach");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Ids.parse(event.getRouteParameters().get("assignmentId").orElse(""));
        try {
            List<Misconceptions> counts = gradebooks.misconceptions(actor, id);
            build(assignments.get(actor, id), counts);
        } catch (CoursesException e) {
            Ids.reroute(event);
        }
    }

    private void build(AssignmentSummary assignment, List<Misconceptions> counts) {
        removeAll();
        grids.clear();
        RouterLink back = new RouterLink(
                assignment.settings().title(), AssignmentEditor.class, AssignmentEditor.parameters(assignment.id()));
        back.addClassName("gl-eyebrow");
        heading.setText(getTranslation("teach.misconceptions.title"));
        add(back, heading, new Paragraph(getTranslation("teach.misconceptions.lead")));
        for (Misconceptions m : counts) {
            add(new H2(catalogue
                    .byId(m.exerciseId())
                    .map(e -> Titles.exercise(this, e))
                    .orElse(m.exerciseId())));
            if (m.notes().isEmpty()) {
                add(new Paragraph(getTranslation("teach.misconceptions.none")));
                continue;
            }
            Grid<Misconceptions.Count> grid = new Grid<>();
            grid.addColumn(c -> Notes.label(this, c.note()))
                    .setHeader(getTranslation("teach.misconceptions.note"))
                    .setKey("note")
                    .setAutoWidth(true);
            grid.addColumn(Misconceptions.Count::attempts)
                    .setHeader(getTranslation("teach.misconceptions.attempts"))
                    .setKey("attempts");
            grid.addComponentColumn(c -> {
                        Div examples = new Div();
                        c.examples().forEach(x -> examples.add(new Div(new Code(StoredAnswer.readable(x)))));
                        return examples;
                    })
                    .setHeader(getTranslation("teach.misconceptions.examples"))
                    .setFlexGrow(3);
            grid.setItems(m.notes());
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grids.add(grid);
            add(grid);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "teach.misconceptions.title");
    }
}
