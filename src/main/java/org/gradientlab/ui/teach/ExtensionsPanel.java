package org.gradientlab.ui.teach;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.util.List;
import org.gradientlab.courses.AssignmentService;
import org.gradientlab.courses.AssignmentSummary;
import org.gradientlab.courses.CourseService;
import org.gradientlab.courses.CourseSummary;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.courses.Membership;
import org.gradientlab.courses.RosterEntry;
import org.gradientlab.courses.TeachingRecords;

/**
 * Per-student extensions of an assignment: the ones granted, with their due dates in the viewer's zone, and (for
 * instructors) a form that gives one student a later due date.
 */
final class ExtensionsPanel extends Div {

    private final AssignmentService assignments;
    private final TeachingRecords records;
    private final String actor;
    private final AssignmentSummary assignment;
    private ZoneId zone;

    final Grid<TeachingRecords.Extension> grid = new Grid<>();
    final Paragraph none = new Paragraph();
    final Select<RosterEntry> student = new Select<>();
    final DateTimePicker until = new DateTimePicker();
    final Button grant = new Button(VaadinIcon.CLOCK.create());

    ExtensionsPanel(
            AssignmentService assignments,
            TeachingRecords records,
            CourseService courses,
            String actor,
            AssignmentSummary assignment,
            CourseSummary course,
            boolean editable,
            ZoneId zone) {
        this.assignments = assignments;
        this.records = records;
        this.actor = actor;
        this.assignment = assignment;
        this.zone = zone;
        add(new H2(getTranslation("teach.extensions")));
        grid.addColumn(TeachingRecords.Extension::student).setHeader(getTranslation("teach.roster.username"));
        grid.addColumn(x -> ViewerZone.format(x.dueAt(), this.zone, getLocale()))
                .setHeader(getTranslation("teach.assignment.due"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        none.setText(getTranslation("teach.extensions.none"));
        add(grid, none);
        if (editable) {
            List<RosterEntry> students = courses.roster(actor, course.id()).stream()
                    .filter(r -> r.membership() == Membership.STUDENT)
                    .toList();
            student.setLabel(getTranslation("teach.extensions.student"));
            student.setItems(students);
            student.setItemLabelGenerator(r -> r.displayName() + " (" + r.username() + ")");
            until.setLabel(getTranslation("teach.extensions.until"));
            grant.setText(getTranslation("teach.extensions.grant"));
            grant.addClickListener(e -> grant());
            Div form = new Div(student, until, grant);
            form.addClassName("gl-teach-form");
            add(form);
        }
        refresh();
    }

    void setZone(ZoneId zone) {
        this.zone = zone;
        grid.getDataProvider().refreshAll();
    }

    private void refresh() {
        List<TeachingRecords.Extension> list = records.extensions(actor, assignment.id());
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        none.setVisible(list.isEmpty());
    }

    void grant() {
        if (student.getValue() == null || until.getValue() == null) {
            Notices.hint(this, "teach.extensions.pick");
            return;
        }
        try {
            assignments.grantExtension(
                    actor, assignment.id(), student.getValue().username(), ViewerZone.instant(until.getValue(), zone));
            Notices.done(this, "teach.extensions.granted", student.getValue().username());
            refresh();
        } catch (CoursesException e) {
            Notices.refused(this, e);
        }
    }
}
