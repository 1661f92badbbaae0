package org.gradientlab.courses;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.gradientlab.grading.AttemptPolicy;
import org.springframework.stereotype.Component;

/**
 * The current grade of stored attempts (the latest regrade, else the original grading) and the kept score of one
 * student's exercise by the grading module's {@link AttemptPolicy} — the rules live there, not here.
 */
@Component
class Grades {

    private final Regrades regrades;
    private final Extensions extensions;

    Grades(Regrades regrades, Extensions extensions) {
        this.regrades = regrades;
        this.extensions = extensions;
    }

    /** Attempt id → its current grade. */
    Map<Long, Graded> current(List<AttemptEntity> attempts) {
        Map<Long, Graded> out = new HashMap<>();
        for (AttemptEntity a : attempts) {
            out.put(a.id, new Graded(Graded.verdict(a.verdict), a.score, Graded.notes(a.notes), a.interpreted));
        }
        if (!attempts.isEmpty()) {
            for (RegradeEntity r : regrades.findByAttemptIdInOrderById(
                    attempts.stream().map(a -> a.id).toList())) {
                Graded before = out.get(r.attemptId);
                out.put(
                        r.attemptId,
                        new Graded(Graded.verdict(r.verdict), r.score, Graded.notes(r.notes), before.interpreted()));
            }
        }
        return out;
    }

    static AttemptPolicy policy(AssignmentEntity a) {
        return new AttemptPolicy(a.maxAttempts, a.penalty, a.hintCost);
    }

    /** The student's due date: the extension if granted, else the assignment's; null when there is none. */
    Instant dueAt(AssignmentEntity a, long studentId) {
        return extensions
                .findByAssignmentIdAndStudentId(a.id, studentId)
                .map(e -> e.dueAt)
                .orElse(a.dueAt);
    }

    static boolean late(Instant dueAt, Instant at) {
        return dueAt != null && at.isAfter(dueAt);
    }

    /** The outcomes of these attempts in order, current grades. */
    static List<AttemptPolicy.Outcome> outcomes(List<AttemptEntity> attempts, Map<Long, Graded> grades) {
        List<AttemptPolicy.Outcome> out = new ArrayList<>();
        attempts.forEach(a -> out.add(grades.get(a.id).outcome()));
        return out;
    }

    /** One gradebook cell: kept score over the on-time attempts, the late flag, and an override if any. */
    Gradebook.Cell cell(
            AssignmentEntity a,
            Instant dueAt,
            List<AttemptEntity> attempts,
            Map<Long, Graded> grades,
            int hints,
            OverrideEntity override) {
        AttemptPolicy policy = policy(a);
        List<AttemptEntity> onTime =
                attempts.stream().filter(x -> !late(dueAt, x.createdAt)).toList();
        boolean late = attempts.stream()
                .anyMatch(x ->
                        late(dueAt, x.createdAt) && grades.get(x.id).verdict().isGraded());
        int used = policy.attemptsUsed(outcomes(attempts, grades));
        if (override != null) {
            return new Gradebook.Cell(override.score, used, late, true);
        }
        OptionalDouble kept = policy.keptScore(outcomes(onTime, grades), hints);
        return new Gradebook.Cell(kept.isPresent() ? kept.getAsDouble() : null, used, late, false);
    }
}
