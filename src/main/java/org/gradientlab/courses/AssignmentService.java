package org.gradientlab.courses;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.grading.SelfTestReport;
import org.gradientlab.grading.VariantSelfTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments (DESIGN §7): an instructor builds one from catalogue exercises with overrides, attempts, penalty,
 * hint cost and due date, grants per-student extensions, and publishes it — only after every enrolled student's
 * variant passes the {@link VariantSelfTest}.
 */
@Service
public class AssignmentService {

    private final Assignments assignments;
    private final Items items;
    private final Extensions extensions;
    private final Members members;
    private final Access access;
    private final Catalogue catalogue;
    private final VariantSelfTest selfTest = new VariantSelfTest();
    private final Clock clock;

    AssignmentService(
            Assignments assignments,
            Items items,
            Extensions extensions,
            Members members,
            Access access,
            ObjectProvider<Catalogue> catalogue,
            ObjectProvider<Clock> clock) {
        this.assignments = assignments;
        this.items = items;
        this.extensions = extensions;
        this.members = members;
        this.access = access;
        this.catalogue = catalogue.getIfAvailable(Catalogue::standard);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** An instructor of the course creates an unpublished assignment. */
    @Transactional
    public AssignmentSummary create(String actor, long courseId, AssignmentSettings settings) {
        access.course(courseId);
        access.requireInstructor(courseId, access.user(actor));
        validate(settings);
        AssignmentEntity a = new AssignmentEntity(courseId, Passwords.seed(), clock.instant());
        settle(a, settings);
        assignments.save(a);
        addItems(a, settings);
        return summary(a);
    }

    /** An instructor of the course changes the settings (the published flag stays as it is). */
    @Transactional
    public AssignmentSummary update(String actor, long assignmentId, AssignmentSettings settings) {
        AssignmentEntity a = access.assignment(assignmentId);
        access.requireInstructor(a.courseId, access.user(actor));
        validate(settings);
        items.deleteByAssignmentId(a.id);
        items.flush();
        settle(a, settings);
        addItems(a, settings);
        return summary(a);
    }

    /**
     * Publishes the assignment after the self-test of every enrolled student's variant of every exercise.
     *
     * @throws CoursesException {@link CoursesMessage#SELF_TEST_FAILED} naming the first failing variant
     */
    @Transactional
    public AssignmentSummary publish(String actor, long assignmentId) {
        AssignmentEntity a = access.assignment(assignmentId);
        access.requireInstructor(a.courseId, access.user(actor));
        List<Long> students = students(a.courseId);
        for (ItemEntity item : items.findByAssignmentIdOrderByOrder(a.id)) {
            Exercise exercise = exercise(item.exerciseId);
            Set<Integer> variants = new HashSet<>();
            for (long s : students) {
                variants.add(Variants.of(a.variantSeed, s, item.exerciseId));
            }
            SelfTestReport report = selfTest.run(
                    exercise,
                    JsonText.overrides(item.overrides),
                    variants.stream().sorted().toList());
            if (!report.passed()) {
                SelfTestReport.Failure f = report.failures().getFirst();
                throw CoursesException.refused(
                        CoursesMessage.SELF_TEST_FAILED,
                        f.variant(),
                        item.exerciseId,
                        f.check().name().toLowerCase(java.util.Locale.ROOT),
                        f.reason());
            }
        }
        a.published = true;
        return summary(a);
    }

    /**
     * An instructor of the course hides a published assignment from its students again (to correct it, say). Every
     * stored attempt is kept, and publishing it again shows it with them.
     */
    @Transactional
    public AssignmentSummary unpublish(String actor, long assignmentId) {
        AssignmentEntity a = access.assignment(assignmentId);
        access.requireInstructor(a.courseId, access.user(actor));
        a.published = false;
        return summary(a);
    }

    /** An instructor of the course gives one student a later due date. */
    @Transactional
    public void grantExtension(String actor, long assignmentId, String student, Instant dueAt) {
        AssignmentEntity a = access.assignment(assignmentId);
        access.requireInstructor(a.courseId, access.user(actor));
        UserEntity s = access.user(student);
        if (access.membership(a.courseId, s).orElse(null) != Membership.STUDENT) {
            throw CoursesException.refused(CoursesMessage.NOT_ENROLLED);
        }
        ExtensionEntity e = extensions
                .findByAssignmentIdAndStudentId(a.id, s.id)
                .orElseGet(() -> new ExtensionEntity(a.id, s.id, dueAt));
        e.dueAt = dueAt;
        extensions.save(e);
    }

    /** The assignment, for those who teach the course, and for its students once it is published. */
    @Transactional(readOnly = true)
    public AssignmentSummary get(String actor, long assignmentId) {
        AssignmentEntity a = access.assignment(assignmentId);
        Membership m = access.member(a.courseId, access.user(actor));
        if (!m.teaches() && !a.published) {
            throw CoursesException.notFound(CoursesMessage.UNKNOWN_ASSIGNMENT, assignmentId);
        }
        return summary(a);
    }

    /** The course's assignments the actor may see (students: published ones only). */
    @Transactional(readOnly = true)
    public List<AssignmentSummary> forCourse(String actor, long courseId) {
        access.course(courseId);
        Membership m = access.member(courseId, access.user(actor));
        return assignments.findByCourseIdOrderById(courseId).stream()
                .filter(a -> m.teaches() || a.published)
                .map(this::summary)
                .toList();
    }

    /** A student's own variant number of one exercise: the student, or those who teach the course (preview). */
    @Transactional(readOnly = true)
    public int variantOf(String actor, long assignmentId, String student, String exerciseId) {
        AssignmentEntity a = access.assignment(assignmentId);
        UserEntity by = access.user(actor);
        UserEntity s = access.user(student);
        if (!by.id.equals(s.id)) {
            access.requireTeaching(a.courseId, by);
        } else {
            access.member(a.courseId, by);
        }
        return Variants.of(a.variantSeed, s.id, exerciseId);
    }

    private List<Long> students(long courseId) {
        return members.findByCourseIdOrderById(courseId).stream()
                .filter(m -> m.membership() == Membership.STUDENT)
                .map(m -> m.userId)
                .toList();
    }

    private static void settle(AssignmentEntity a, AssignmentSettings s) {
        a.title = s.title().strip();
        a.maxAttempts = s.maxAttempts();
        a.penalty = s.penalty();
        a.hintCost = s.hintCost();
        a.dueAt = s.dueAt();
    }

    private void addItems(AssignmentEntity a, AssignmentSettings s) {
        int order = 0;
        for (AssignmentItem item : s.items()) {
            items.save(new ItemEntity(a.id, order++, item.exerciseId(), JsonText.write(item.overrides())));
        }
    }

    private void validate(AssignmentSettings s) {
        if (s.title() == null || s.title().isBlank() || s.title().length() > 200) {
            throw CoursesException.refused(
                    CoursesMessage.BAD_SETTINGS, "An assignment needs a title of 1 to 200 characters.");
        }
        if (s.items().isEmpty()) {
            throw CoursesException.refused(CoursesMessage.BAD_SETTINGS, "An assignment needs at least one exercise.");
        }
        if (s.maxAttempts() < 0
                || !(s.penalty() >= 0 && s.penalty() <= 1)
                || !(s.hintCost() >= 0 && s.hintCost() <= 1)) {
            throw CoursesException.refused(
                    CoursesMessage.BAD_SETTINGS,
                    "Attempts must be 0 (unlimited) or more; penalty and hint cost must lie in [0, 1].");
        }
        Set<String> seen = new HashSet<>();
        for (AssignmentItem item : s.items()) {
            Exercise exercise = exercise(item.exerciseId());
            if (!seen.add(item.exerciseId())) {
                throw CoursesException.refused(
                        CoursesMessage.BAD_SETTINGS, "The exercise '" + item.exerciseId() + "' appears twice.");
            }
            List<ParameterProblem> problems = exercise.validate(item.overrides());
            if (!problems.isEmpty()) {
                List<String> texts = new ArrayList<>();
                problems.forEach(p -> texts.add(p.text()));
                throw CoursesException.refused(
                        CoursesMessage.BAD_OVERRIDES, item.exerciseId(), String.join("; ", texts));
            }
        }
    }

    Exercise exercise(String id) {
        return catalogue.byId(id).orElseThrow(() -> CoursesException.refused(CoursesMessage.NOT_IN_CATALOGUE, id));
    }

    AssignmentSummary summary(AssignmentEntity a) {
        List<AssignmentItem> list = items.findByAssignmentIdOrderByOrder(a.id).stream()
                .map(i -> new AssignmentItem(i.exerciseId, JsonText.overrides(i.overrides)))
                .toList();
        return new AssignmentSummary(
                a.id,
                a.courseId,
                new AssignmentSettings(a.title, list, a.maxAttempts, a.penalty, a.hintCost, a.dueAt),
                a.published);
    }
}
