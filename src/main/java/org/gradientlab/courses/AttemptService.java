package org.gradientlab.courses;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gradientlab.exercises.Variant;
import org.gradientlab.grading.AttemptPolicy;
import org.gradientlab.grading.Feedback;
import org.gradientlab.grading.Grader;
import org.gradientlab.grading.GradingSeed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A student's work on an assignment (DESIGN §5, §7): submitting attempts (graded with the student's own variant
 * and committed in a transaction of their own before the feedback is returned), hints, drafts, and the attempt
 * history, which only the student and those who teach the course may read.
 */
@Service
public class AttemptService {

    private final Attempts attempts;
    private final Items items;
    private final Drafts drafts;
    private final HintReveals hints;
    private final Users users;
    private final Access access;
    private final Grades grades;
    private final AssignmentService assignmentService;
    private final TransactionTemplate ownTransaction;
    private final Grader grader = new Grader();
    private final Clock clock;

    /**
     * How often a submission that lost the race for its attempt number is read and graded again. Each lost round
     * means another submission of the same student and exercise committed, so more rounds are only needed by a
     * client that fires many at once.
     */
    private static final int MAX_ROUNDS = 5;

    AttemptService(
            Attempts attempts,
            Items items,
            Drafts drafts,
            HintReveals hints,
            Users users,
            Access access,
            Grades grades,
            AssignmentService assignmentService,
            PlatformTransactionManager transactions,
            ObjectProvider<Clock> clock) {
        this.attempts = attempts;
        this.items = items;
        this.drafts = drafts;
        this.hints = hints;
        this.users = users;
        this.access = access;
        this.grades = grades;
        this.assignmentService = assignmentService;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Grades and records one attempt of an enrolled student. Invalid and unverifiable submissions are stored too
     * but use no attempt.
     *
     * @throws CoursesException not found for an unknown or unpublished assignment or an exercise not in it; access
     *                          denied for anyone not enrolled as a student; refused once the attempts are used up,
     *                          also when a submission made at the same moment used the last one
     */
    public Submission submit(String actor, long assignmentId, String exerciseId, Map<String, ?> answers) {
        Work w = work(actor, assignmentId, exerciseId);
        for (int round = 1; ; round++) {
            try {
                return submitOnce(w, answers);
            } catch (DataIntegrityViolationException taken) {
                // Another submission stored this attempt number first (uq_attempt_number): read the attempts again,
                // so that the limit is checked against it and this one becomes the next number.
                if (round == MAX_ROUNDS) {
                    throw CoursesException.refused(CoursesMessage.SUBMITTED_AT_ONCE);
                }
            }
        }
    }

    private Submission submitOnce(Work w, Map<String, ?> answers) {
        String exerciseId = w.variant.exerciseId();
        List<AttemptEntity> earlier = attempts.findByAssignmentIdAndStudentIdAndExerciseIdOrderById(
                w.assignment.id, w.student.id, exerciseId);
        AttemptPolicy policy = Grades.policy(w.assignment);
        List<AttemptPolicy.Outcome> history = Grades.outcomes(earlier, grades.current(earlier));
        if (!policy.mayAttempt(history)) {
            throw CoursesException.refused(CoursesMessage.NO_ATTEMPTS_LEFT, policy.maxAttempts());
        }
        int number = earlier.size() + 1;
        Feedback feedback = grader.checkJson(w.variant, answers, seed(w.variant, w.student.id, number));
        Instant now = clock.instant();
        AttemptEntity row = new AttemptEntity(
                w.assignment.id,
                w.student.id,
                exerciseId,
                w.variant.number(),
                number,
                JsonText.write(answers),
                Graded.of(feedback),
                now);
        AttemptEntity saved = ownTransaction.execute(status -> attempts.saveAndFlush(row));
        int used = policy.attemptsUsed(history) + (feedback.isGraded() ? 1 : 0);
        boolean late = Grades.late(grades.dueAt(w.assignment, w.student.id), now);
        return new Submission(saved.id, w.variant.number(), feedback, used, policy.maxAttempts(), late);
    }

    /** One student's attempts at an assignment, oldest first: the student, or those who teach the course. */
    @Transactional(readOnly = true)
    public List<AttemptRecord> history(String actor, long assignmentId, String student) {
        AssignmentEntity a = access.assignment(assignmentId);
        UserEntity by = access.user(actor);
        UserEntity s = access.user(student);
        Membership m = access.member(a.courseId, by);
        if (!by.id.equals(s.id) && !m.teaches()) {
            throw CoursesException.denied(CoursesMessage.NOT_YOURS);
        }
        return records(a, attempts.findByAssignmentIdAndStudentIdOrderById(a.id, s.id));
    }

    /** One stored attempt by id; anyone but its student and those who teach the course is told it does not exist. */
    @Transactional(readOnly = true)
    public AttemptRecord attempt(String actor, long attemptId) {
        AttemptEntity row = attempts.findById(attemptId)
                .orElseThrow(() -> CoursesException.notFound(CoursesMessage.UNKNOWN_ASSIGNMENT, attemptId));
        AssignmentEntity a = access.assignment(row.assignmentId);
        UserEntity by = access.user(actor);
        boolean teaches =
                access.membership(a.courseId, by).map(Membership::teaches).orElse(false);
        if (!by.id.equals(row.studentId) && !teaches) {
            throw CoursesException.notFound(CoursesMessage.UNKNOWN_ASSIGNMENT, attemptId);
        }
        return records(a, List.of(row)).getFirst();
    }

    /** Reveals the student's next hint of the exercise and returns every hint revealed so far. */
    @Transactional
    public List<String> revealHint(String actor, long assignmentId, String exerciseId) {
        Work w = work(actor, assignmentId, exerciseId);
        int shown = revealed(w).size();
        if (shown >= w.variant.hints().size()) {
            throw CoursesException.refused(CoursesMessage.NO_MORE_HINTS);
        }
        hints.save(new HintRevealEntity(w.assignment.id, w.student.id, exerciseId, shown, clock.instant()));
        return w.variant.hints().subList(0, shown + 1);
    }

    /** The hints the student has revealed for this exercise. */
    @Transactional(readOnly = true)
    public List<String> revealedHints(String actor, long assignmentId, String exerciseId) {
        Work w = work(actor, assignmentId, exerciseId);
        return w.variant
                .hints()
                .subList(0, Math.min(revealed(w).size(), w.variant.hints().size()));
    }

    /** Saves (replaces) the student's draft answers of one exercise. */
    @Transactional
    public void saveDraft(String actor, long assignmentId, String exerciseId, Map<String, ?> answers) {
        Work w = work(actor, assignmentId, exerciseId);
        DraftEntity d = drafts.findByAssignmentIdAndStudentIdAndExerciseId(w.assignment.id, w.student.id, exerciseId)
                .orElseGet(() -> new DraftEntity(w.assignment.id, w.student.id, exerciseId));
        d.answers = JsonText.write(answers);
        d.savedAt = clock.instant();
        drafts.save(d);
    }

    /** The student's draft answers of one exercise, if any were saved. */
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> loadDraft(String actor, long assignmentId, String exerciseId) {
        Work w = work(actor, assignmentId, exerciseId);
        return drafts.findByAssignmentIdAndStudentIdAndExerciseId(w.assignment.id, w.student.id, exerciseId)
                .map(d -> JsonText.answers(d.answers));
    }

    /** The seed of a stored attempt: (exercise, variant, student, attempt), so regrading repeats it exactly. */
    static GradingSeed seed(Variant variant, long studentId, int attemptNumber) {
        return new GradingSeed(variant.exerciseId(), variant.number(), Long.toString(studentId), attemptNumber);
    }

    private List<HintRevealEntity> revealed(Work w) {
        return hints.findByAssignmentIdAndStudentIdAndExerciseIdOrderByHintIndex(
                w.assignment.id, w.student.id, w.variant.exerciseId());
    }

    private List<AttemptRecord> records(AssignmentEntity a, List<AttemptEntity> rows) {
        var current = grades.current(rows);
        List<AttemptRecord> out = new ArrayList<>();
        for (AttemptEntity r : rows) {
            Graded g = current.get(r.id);
            String username = users.findById(r.studentId).map(u -> u.username).orElse("");
            out.add(new AttemptRecord(
                    r.id,
                    username,
                    r.exerciseId,
                    r.variant,
                    r.attemptNumber,
                    r.answers,
                    r.interpreted,
                    g.verdict().apiName(),
                    g.score(),
                    g.notes(),
                    Grades.late(grades.dueAt(a, r.studentId), r.createdAt),
                    r.createdAt));
        }
        return out;
    }

    /** The enrolled student, the published assignment and the student's own variant of the exercise. */
    private Work work(String actor, long assignmentId, String exerciseId) {
        AssignmentEntity a = access.assignment(assignmentId);
        UserEntity student = access.user(actor);
        if (access.membership(a.courseId, student).orElse(null) != Membership.STUDENT) {
            throw CoursesException.denied(CoursesMessage.NOT_ENROLLED);
        }
        if (!a.published) {
            throw CoursesException.notFound(CoursesMessage.UNKNOWN_ASSIGNMENT, assignmentId);
        }
        ItemEntity item = items.findByAssignmentIdOrderByOrder(a.id).stream()
                .filter(i -> i.exerciseId.equals(exerciseId))
                .findFirst()
                .orElseThrow(() -> CoursesException.notFound(CoursesMessage.UNKNOWN_EXERCISE, exerciseId));
        int number = Variants.of(a.variantSeed, student.id, exerciseId);
        Variant variant = assignmentService.exercise(exerciseId).variant(number, JsonText.overrides(item.overrides));
        return new Work(a, student, variant);
    }

    private record Work(AssignmentEntity assignment, UserEntity student, Variant variant) {}
}
