package org.gradientlab.courses;

import java.util.Map;

/** One exercise of an assignment: the catalogue id and the instructor's parameter overrides. */
public record AssignmentItem(String exerciseId, Map<String, String> overrides) {

    public AssignmentItem {
        overrides = Map.copyOf(overrides);
    }

    public static AssignmentItem of(String exerciseId) {
        return new AssignmentItem(exerciseId, Map.of());
    }
}
