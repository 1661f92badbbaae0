package org.gradientlab.courses;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientlab.grading.AttemptPolicy;
import org.gradientlab.grading.Verdict;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a student sees of their own work on an assignment (DESIGN §7): kept scores, attempts, hints, late flags and
 * whether the worked solution is due, computed by the same rules as the gradebook. Only the student's own data.
 */
@Service
public class ProgressService {

    private final Items items;
    private final Attempts attempts;
    private final HintReveals hints;
    private final Overrides overrides;
    private final Access access;
    private final Grades grades;
    private final Clock clock;

    ProgressService(
            Items items,
            Attempts attempts,
            HintReveals hints,
            Overrides overrides,
            Access access,
            Grades grades,
            ObjectProvider<Clock> clock) {
        this.items = items;
        this.attempts = attempts;
        this.hints = hints;
        this.overrides = overrides;
        this.access = access;
        this.grades = grades;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * The actor's own progress on a published assignment of a course they are enrolled in as a student.
     *
     * @throws CoursesException access denied for anyone not enrolled as a student; not found for an unpublished
     *                          assignment
     */
    @Transactional(readOnly = true)
    public StudentProgress progress(String actor, long assignmentId) {
        AssignmentEntity a = access.assignment(assignmentId);
        UserEntity student = access.user(actor);
        if (access.membership(a.courseId, student).orElse(null) != Membership.STUDENT) {
            throw CoursesException.denied(CoursesMessage.NOT_ENROLLED);
        }
        if (!a.published) {
            throw CoursesException.notFound(CoursesMessage.UNKNOWN_ASSIGNMENT, assignmentId);
        }
        Instant dueAt = grades.dueAt(a, student.id);
        boolean pastDue = Grades.late(dueAt, clock.instant());
        List<AttemptEntity> mine = attempts.findByAssignmentIdAndStudentIdOrderById(a.id, student.id);
        Map<Long, Graded> current = grades.current(mine);
        List<OverrideEntity> myOverrides = overrides.findByAssignmentIdOrderById(a.id).stream()
                .filter(o -> o.studentId.equals(student.id))
                .toList();
        AttemptPolicy policy = Grades.policy(a);
        List<StudentProgress.Exercise> out = new ArrayList<>();
        for (ItemEntity item : items.findByAssignmentIdOrderByOrder(a.id)) {
            List<AttemptEntity> these = mine.stream()
                    .filter(x -> x.exerciseId.equals(item.exerciseId))
                    .toList();
            int hintCount = hints.findByAssignmentIdAndStudentIdAndExerciseIdOrderByHintIndex(
                            a.id, student.id, item.exerciseId)
                    .size();
            OverrideEntity override = myOverrides.stream()
                    .filter(o -> o.exerciseId.equals(item.exerciseId))
                    .reduce((first, second) -> second)
                    .orElse(null);
            Gradebook.Cell cell = grades.cell(a, dueAt, these, current, hintCount, override);
            List<AttemptPolicy.Outcome> history = Grades.outcomes(these, current);
            boolean correct = these.stream().anyMatch(x -> current.get(x.id).verdict() == Verdict.CORRECT);
            out.add(new StudentProgress.Exercise(
                    item.exerciseId,
                    cell.score(),
                    cell.attempts(),
                    a.maxAttempts,
                    hintCount,
                    correct,
                    cell.late(),
                    cell.overridden(),
                    policy.solutionVisible(history, pastDue)));
        }
        return new StudentProgress(a.id, dueAt, pastDue, out);
    }
}
