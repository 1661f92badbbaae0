package org.gradientlab.courses;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gradientlab.exercises.Variant;
import org.gradientlab.grading.Grader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What those who teach a course see of it (DESIGN §7): the gradebook (students × exercises with kept scores, late
 * flags and overrides), its CSV export, misconception counts with example answers, grade overrides with who and
 * why, and regrading of stored attempts.
 */
@Service
public class GradebookService {

    private final Assignments assignments;
    private final Items items;
    private final Members members;
    private final Users users;
    private final Attempts attempts;
    private final Regrades regrades;
    private final HintReveals hints;
    private final Overrides overrides;
    private final Access access;
    private final Grades grades;
    private final AssignmentService assignmentService;
    private final Grader grader = new Grader();
    private final Clock clock;

    GradebookService(
            Assignments assignments,
            Items items,
            Members members,
            Users users,
            Attempts attempts,
            Regrades regrades,
            HintReveals hints,
            Overrides overrides,
            Access access,
            Grades grades,
            AssignmentService assignmentService,
            ObjectProvider<Clock> clock) {
        this.assignments = assignments;
        this.items = items;
        this.members = members;
        this.users = users;
        this.attempts = attempts;
        this.regrades = regrades;
        this.hints = hints;
        this.overrides = overrides;
        this.access = access;
        this.grades = grades;
        this.assignmentService = assignmentService;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The course's gradebook, for its instructors and TAs. */
    @Transactional(readOnly = true)
    public Gradebook gradebook(String actor, long courseId) {
        access.course(courseId);
        access.requireTeaching(courseId, access.user(actor));
        List<UserEntity> students = members.findByCourseIdOrderById(courseId).stream()
                .filter(m -> m.membership() == Membership.STUDENT)
                .map(m -> users.findById(m.userId).orElseThrow())
                .toList();
        List<Gradebook.Column> columns = new ArrayList<>();
        Map<Gradebook.Column, Map<Long, Gradebook.Cell>> cells = new HashMap<>();
        for (AssignmentEntity a : assignments.findByCourseIdOrderById(courseId)) {
            List<AttemptEntity> all = attempts.findByAssignmentIdOrderById(a.id);
            Map<Long, Graded> current = grades.current(all);
            Map<String, OverrideEntity> latest = new HashMap<>();
            overrides.findByAssignmentIdOrderById(a.id).forEach(o -> latest.put(o.studentId + "/" + o.exerciseId, o));
            Map<String, Integer> hintCounts = new HashMap<>();
            hints.findByAssignmentId(a.id)
                    .forEach(h -> hintCounts.merge(h.studentId + "/" + h.exerciseId, 1, Integer::sum));
            for (ItemEntity item : items.findByAssignmentIdOrderByOrder(a.id)) {
                Gradebook.Column column = new Gradebook.Column(a.id, a.title, item.exerciseId);
                columns.add(column);
                Map<Long, Gradebook.Cell> byStudent = new HashMap<>();
                for (UserEntity s : students) {
                    String key = s.id + "/" + item.exerciseId;
                    List<AttemptEntity> mine = all.stream()
                            .filter(x -> x.studentId.equals(s.id) && x.exerciseId.equals(item.exerciseId))
                            .toList();
                    byStudent.put(
                            s.id,
                            grades.cell(
                                    a,
                                    grades.dueAt(a, s.id),
                                    mine,
                                    current,
                                    hintCounts.getOrDefault(key, 0),
                                    latest.get(key)));
                }
                cells.put(column, byStudent);
            }
        }
        List<Gradebook.Row> rows = students.stream()
                .map(s -> new Gradebook.Row(
                        s.username,
                        s.displayName,
                        columns.stream().map(c -> cells.get(c).get(s.id)).toList()))
                .toList();
        return new Gradebook(courseId, columns, rows);
    }

    /** The gradebook as CSV (RFC 4180), for its instructors and TAs. */
    @Transactional(readOnly = true)
    public String csv(String actor, long courseId) {
        return GradebookCsv.write(gradebook(actor, courseId));
    }

    /** Note counts of each exercise of an assignment, most frequent first, with up to three example answers. */
    @Transactional(readOnly = true)
    public List<Misconceptions> misconceptions(String actor, long assignmentId) {
        AssignmentEntity a = access.assignment(assignmentId);
        access.requireTeaching(a.courseId, access.user(actor));
        List<AttemptEntity> all = attempts.findByAssignmentIdOrderById(a.id);
        Map<Long, Graded> current = grades.current(all);
        List<Misconceptions> out = new ArrayList<>();
        for (ItemEntity item : items.findByAssignmentIdOrderByOrder(a.id)) {
            Map<String, List<String>> examples = new LinkedHashMap<>();
            for (AttemptEntity x : all) {
                if (x.exerciseId.equals(item.exerciseId)) {
                    for (String note : current.get(x.id).notes()) {
                        examples.computeIfAbsent(note, k -> new ArrayList<>()).add(x.answers);
                    }
                }
            }
            List<Misconceptions.Count> counts = examples.entrySet().stream()
                    .map(e -> new Misconceptions.Count(
                            e.getKey(),
                            e.getValue().size(),
                            e.getValue().stream().distinct().limit(3).toList()))
                    .sorted(Comparator.comparingInt(Misconceptions.Count::attempts)
                            .reversed()
                            .thenComparing(Misconceptions.Count::note))
                    .toList();
            out.add(new Misconceptions(item.exerciseId, counts));
        }
        return out;
    }

    /** Sets a student's score on one exercise by hand, keeping who did it, why and when. */
    @Transactional
    public void override(String actor, long assignmentId, String student, String exerciseId, double score, String why) {
        AssignmentEntity a = access.assignment(assignmentId);
        UserEntity by = access.user(actor);
        access.requireTeaching(a.courseId, by);
        UserEntity s = access.user(student);
        if (access.membership(a.courseId, s).orElse(null) != Membership.STUDENT) {
            throw CoursesException.refused(CoursesMessage.NOT_ENROLLED);
        }
        if (items.findByAssignmentIdOrderByOrder(a.id).stream().noneMatch(i -> i.exerciseId.equals(exerciseId))) {
            throw CoursesException.notFound(CoursesMessage.UNKNOWN_EXERCISE, exerciseId);
        }
        if (!(score >= 0 && score <= 1) || why == null || why.isBlank() || why.length() > 2000) {
            throw CoursesException.refused(
                    CoursesMessage.BAD_SETTINGS,
                    "An override needs a score in [0, 1] and a reason (at most 2000 characters).");
        }
        overrides.save(new OverrideEntity(a.id, s.id, exerciseId, score, why.strip(), by.id, clock.instant()));
    }

    /**
     * Grades every stored attempt of the assignment again with its own variant and seed (after an exercise fix).
     * The attempts stay as they were; each new grading is stored beside its attempt and counts from now on.
     */
    @Transactional
    public RegradeReport regrade(String actor, long assignmentId) {
        AssignmentEntity a = access.assignment(assignmentId);
        UserEntity by = access.user(actor);
        access.requireTeaching(a.courseId, by);
        Map<String, Map<String, String>> overridesByExercise = new HashMap<>();
        items.findByAssignmentIdOrderByOrder(a.id)
                .forEach(i -> overridesByExercise.put(i.exerciseId, JsonText.overrides(i.overrides)));
        List<AttemptEntity> all = attempts.findByAssignmentIdOrderById(a.id);
        Map<Long, Graded> before = grades.current(all);
        int changed = 0;
        int done = 0;
        for (AttemptEntity x : all) {
            Map<String, String> o = overridesByExercise.get(x.exerciseId);
            if (o == null) {
                continue;
            }
            Variant variant = assignmentService.exercise(x.exerciseId).variant(x.variant, o);
            Graded now = Graded.of(grader.checkJson(
                    variant, JsonText.answers(x.answers), AttemptService.seed(variant, x.studentId, x.attemptNumber)));
            Graded was = before.get(x.id);
            done++;
            if (now.verdict() != was.verdict()
                    || !Objects.equals(now.score(), was.score())
                    || !now.notes().equals(was.notes())) {
                changed++;
                regrades.save(new RegradeEntity(x.id, now, by.id, clock.instant()));
            }
        }
        return new RegradeReport(done, changed);
    }
}
