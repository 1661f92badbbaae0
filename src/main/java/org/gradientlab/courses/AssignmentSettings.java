package org.gradientlab.courses;

import java.time.Instant;
import java.util.List;

/**
 * What an instructor sets for an assignment.
 *
 * @param title       shown to students
 * @param items       the exercises, in order; an exercise appears at most once
 * @param maxAttempts graded attempts allowed per exercise, 0 for unlimited
 * @param penalty     subtracted per earlier graded wrong attempt, in [0, 1]
 * @param hintCost    subtracted per revealed hint, in [0, 1]
 * @param dueAt       the due date (UTC), or null for none
 */
public record AssignmentSettings(
        String title, List<AssignmentItem> items, int maxAttempts, double penalty, double hintCost, Instant dueAt) {

    public AssignmentSettings {
        items = List.copyOf(items);
    }
}
