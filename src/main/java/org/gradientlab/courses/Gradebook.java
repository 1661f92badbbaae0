package org.gradientlab.courses;

import java.util.List;

/**
 * A course's gradebook: one column per exercise of each assignment, one row per student.
 *
 * @param courseId the course
 * @param columns  assignment × exercise, in assignment and item order
 * @param rows     students in roster order, each with one cell per column
 */
public record Gradebook(long courseId, List<Column> columns, List<Row> rows) {

    /** One exercise of one assignment. */
    public record Column(long assignmentId, String assignmentTitle, String exerciseId) {}

    /** One student's cells. */
    public record Row(String username, String displayName, List<Cell> cells) {}

    /**
     * One student's result on one exercise.
     *
     * @param score      the kept score (DESIGN §5) or the override; null when nothing was graded
     * @param attempts   graded attempts used
     * @param late       whether a graded attempt came after the student's due date (it does not count)
     * @param overridden whether an instructor set the score by hand
     */
    public record Cell(Double score, int attempts, boolean late, boolean overridden) {}
}
