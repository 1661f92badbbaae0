package org.gradientlab.ui.teach;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import org.gradientlab.courses.AssignmentItem;
import org.gradientlab.courses.AssignmentService;
import org.gradientlab.courses.AssignmentSummary;
import org.gradientlab.courses.CourseService;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.courses.Membership;
import org.gradientlab.courses.RosterEntry;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.ui.maths.MarkdownMath;

/**
 * An enrolled student's own variant of one exercise as that student sees it — title, explanation, the parts'
 * questions (with a choice part's options), hints and worked solution — read-only, with the saved overrides.
 */
final class VariantPreview extends Div {

    private final AssignmentService assignments;
    private final Catalogue catalogue;
    private final String actor;
    private final long assignmentId;

    final Select<RosterEntry> student = new Select<>();
    final Select<String> exercise = new Select<>();
    final Button show = new Button(VaadinIcon.EYE.create());
    final Div shown = new Div();
    Variant variant;

    VariantPreview(
            AssignmentService assignments,
            CourseService courses,
            Catalogue catalogue,
            String actor,
            AssignmentSummary assignment,
            long courseId) {
        this.assignments = assignments;
        this.catalogue = catalogue;
        this.actor = actor;
        this.assignmentId = assignment.id();
        add(new H2(getTranslation("teach.preview")), new Paragraph(getTranslation("teach.preview.lead")));
        student.setLabel(getTranslation("teach.extensions.student"));
        student.setItems(courses.roster(actor, courseId).stream()
                .filter(r -> r.membership() == Membership.STUDENT)
                .toList());
        student.setItemLabelGenerator(r -> r.displayName() + " (" + r.username() + ")");
        student.setEmptySelectionAllowed(false);
        exercise.setLabel(getTranslation("teach.preview.exercise"));
        exercise.setItems(assignment.settings().items().stream()
                .map(AssignmentItem::exerciseId)
                .toList());
        exercise.setItemLabelGenerator(
                id -> catalogue.byId(id).map(e -> Titles.exercise(this, e)).orElse(id));
        show.setText(getTranslation("teach.preview.show"));
        show.addClickListener(e -> preview());
        Div form = new Div(student, exercise, show);
        form.addClassName("gl-teach-form");
        shown.addClassName("gl-teach-preview");
        add(form, shown);
    }

    void preview() {
        if (student.getValue() == null || exercise.getValue() == null) {
            Notices.hint(this, "teach.preview.pick");
            return;
        }
        String id = exercise.getValue();
        try {
            AssignmentSummary current = assignments.get(actor, assignmentId);
            Optional<AssignmentItem> item = current.settings().items().stream()
                    .filter(i -> i.exerciseId().equals(id))
                    .findFirst();
            if (item.isEmpty()) {
                Notices.hint(this, "teach.preview.pick");
                return;
            }
            int number = assignments.variantOf(
                    actor, assignmentId, student.getValue().username(), id);
            variant =
                    catalogue.byId(id).orElseThrow().variant(number, item.get().overrides());
            render();
        } catch (CoursesException e) {
            Notices.refused(this, e);
        }
    }

    private void render() {
        shown.removeAll();
        Span number = new Span(getTranslation("teach.preview.variant", String.valueOf(variant.number())));
        number.addClassName("gl-eyebrow");
        Div explanation = new Div(new MarkdownMath(variant.explanation()));
        explanation.addClassNames("gl-card", "gl-explanation");
        shown.add(number, new MarkdownMath("## " + variant.title()), explanation);
        List<Part> parts = variant.parts();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            Div card = new Div(
                    new Span(getTranslation("exercise.page.part", String.valueOf(i + 1), String.valueOf(parts.size()))),
                    new MarkdownMath(part.prompt()));
            if (!part.choices().isEmpty()) {
                UnorderedList options = new UnorderedList();
                part.choices().forEach(c -> options.add(new ListItem(new MarkdownMath(c.label()))));
                card.add(options);
            }
            card.addClassNames("gl-card", "gl-part");
            shown.add(card);
        }
        if (!variant.hints().isEmpty()) {
            Div hints = new Div();
            variant.hints().forEach(h -> hints.add(new MarkdownMath(h)));
            shown.add(new Details(
                    getTranslation(
                            "teach.preview.hints",
                            String.valueOf(variant.hints().size())),
                    hints));
        }
        shown.add(new Details(getTranslation("exercise.page.solution"), new MarkdownMath(variant.solution())));
    }
}
