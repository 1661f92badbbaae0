package org.gradientlab.ui.teach;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.gradientlab.courses.AttemptRecord;
import org.gradientlab.courses.AttemptService;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.courses.Gradebook;
import org.gradientlab.courses.GradebookService;
import org.gradientlab.courses.TeachingRecords;
import org.gradientlab.ui.i18n.Percentages;

/**
 * One gradebook cell opened: the student's attempts at the exercise, oldest first (answer, how it was read,
 * verdict, score, notes, time in the viewer's zone), the overrides so far with who set them and why, and a form
 * for a new override, which needs a reason.
 */
final class CellDialog extends Dialog {

    private final GradebookService gradebooks;
    private final TeachingRecords records;
    private final String actor;
    private final Gradebook.Row row;
    private final Gradebook.Column column;
    private final Runnable changed;
    private final List<AttemptRecord> history;
    private ZoneId zone = ZoneOffset.UTC;

    final Div attempts = new Div();
    final Div overrides = new Div();
    final NumberField score = new NumberField();
    final TextArea reason = new TextArea();
    final Button override = new Button();
    final Button close = new Button();

    CellDialog(
            AttemptService attemptService,
            GradebookService gradebooks,
            TeachingRecords records,
            String actor,
            Gradebook.Row row,
            Gradebook.Column column,
            Runnable changed) {
        this.gradebooks = gradebooks;
        this.records = records;
        this.actor = actor;
        this.row = row;
        this.column = column;
        this.changed = changed;
        this.history = attemptService.history(actor, column.assignmentId(), row.username()).stream()
                .filter(a -> a.exerciseId().equals(column.exerciseId()))
                .toList();
        setHeaderTitle(
                getTranslation("teach.cell.title", row.displayName(), column.assignmentTitle(), column.exerciseId()));
        setWidth("min(60rem, 95vw)");
        attempts.addClassName("gl-teach-attempts");
        score.setLabel(getTranslation("teach.cell.score"));
        score.setMin(0);
        score.setMax(100);
        score.setSuffixComponent(new Span("%"));
        reason.setLabel(getTranslation("teach.cell.reason"));
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        override.setText(getTranslation("teach.cell.override"));
        override.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        override.addClickListener(e -> override());
        Div form = new Div(score, reason, override);
        form.addClassName("gl-teach-override");
        add(new H3(getTranslation("teach.cell.attempts")), attempts);
        add(new H3(getTranslation("teach.cell.overrides")), overrides, form);
        close.setText(getTranslation("teach.close"));
        close.addClickListener(e -> close());
        getFooter().add(close);
        render();
        ViewerZone.whenKnown(UI.getCurrent(), known -> {
            zone = known;
            render();
        });
    }

    private void render() {
        attempts.removeAll();
        if (history.isEmpty()) {
            attempts.add(new Paragraph(getTranslation("teach.cell.no-attempts")));
        }
        for (AttemptRecord a : history) {
            Div card = new Div();
            card.addClassNames("gl-card", "gl-teach-attempt");
            String verdict = getTranslation("exercise.verdict." + a.verdict());
            String scored = a.score() == null ? "–" : Percentages.of(a.score());
            card.add(new Paragraph(getTranslation(
                    "teach.cell.attempt",
                    String.valueOf(a.attemptNumber()),
                    ViewerZone.format(a.createdAt(), zone, getLocale()),
                    verdict,
                    scored)));
            if (a.late()) {
                card.add(new Span(getTranslation("teach.gradebook.late")));
            }
            card.add(new Span(getTranslation("teach.cell.answer")), new Code(a.answers()));
            if (!a.interpreted().isBlank()) {
                card.add(new Span(getTranslation("teach.cell.interpreted")), new Pre(a.interpreted()));
            }
            if (!a.notes().isEmpty()) {
                card.add(new Paragraph(getTranslation(
                        "teach.cell.notes",
                        String.join(
                                ", ",
                                a.notes().stream()
                                        .map(n -> Notes.label(this, n))
                                        .toList()))));
            }
            attempts.add(card);
        }
        overrides.removeAll();
        List<TeachingRecords.GradeOverride> mine = records.overrides(actor, column.assignmentId()).stream()
                .filter(o ->
                        o.student().equals(row.username()) && o.exerciseId().equals(column.exerciseId()))
                .toList();
        if (mine.isEmpty()) {
            overrides.add(new Paragraph(getTranslation("teach.cell.no-overrides")));
        }
        for (TeachingRecords.GradeOverride o : mine) {
            overrides.add(new Paragraph(getTranslation(
                    "teach.cell.overridden-by",
                    Percentages.of(o.score()),
                    o.by(),
                    ViewerZone.format(o.at(), zone, getLocale()),
                    o.reason())));
        }
    }

    void override() {
        if (score.getValue() == null || score.isInvalid()) {
            score.setErrorMessage(getTranslation("teach.cell.score-needed"));
            score.setInvalid(true);
            return;
        }
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("teach.cell.reason-needed"));
            reason.setInvalid(true);
            return;
        }
        try {
            gradebooks.override(
                    actor,
                    column.assignmentId(),
                    row.username(),
                    column.exerciseId(),
                    score.getValue() / 100,
                    reason.getValue());
            Notices.done(this, "teach.cell.overridden");
            changed.run();
            close();
        } catch (CoursesException e) {
            Notices.refused(this, e);
        }
    }
}
