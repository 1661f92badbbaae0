package org.gradientlab.api.courses;

import java.util.List;
import org.gradientlab.courses.Gradebook;

/**
 * {@code GET /api/v1/courses/{id}/gradebook} as JSON: one column per exercise of each assignment, one row per
 * student with one cell per column.
 */
record GradebookResponse(long courseId, List<Column> columns, List<Row> rows) {

    record Column(long assignmentId, String assignment, String exerciseId) {}

    record Row(String username, String displayName, List<Cell> cells) {}

    /** score is null when nothing was graded; late marks graded attempts after the student's due date. */
    record Cell(Double score, int attempts, boolean late, boolean overridden) {}

    static GradebookResponse of(Gradebook book) {
        return new GradebookResponse(
                book.courseId(),
                book.columns().stream()
                        .map(c -> new Column(c.assignmentId(), c.assignmentTitle(), c.exerciseId()))
                        .toList(),
                book.rows().stream()
                        .map(r -> new Row(
                                r.username(),
                                r.displayName(),
                                r.cells().stream()
                                        .map(c -> new Cell(c.score(), c.attempts(), c.late(), c.overridden()))
                                        .toList()))
                        .toList());
    }
}
