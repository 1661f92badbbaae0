package org.gradientlab.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.grading.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The courses services against a real database: the H2 test and the PostgreSQL IT run these same bodies. Every test
 * makes its own users and course, so they share one database without seeing each other's data.
 */
abstract class CoursesContract extends MigrationContract {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    AccountService accounts;

    @Autowired
    CourseService courses;

    @Autowired
    AssignmentService assignments;

    @Autowired
    AttemptService attempts;

    @Autowired
    GradebookService gradebooks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AssistantAccounts assistants;

    @Autowired
    PasswordEncoder encoder;

    /** A course with one instructor, two students, and a published assignment of chain-rule. */
    record Setup(String instructor, String student, String other, long courseId, long assignmentId) {}

    Setup setup(int maxAttempts, double penalty) {
        int n = NEXT.incrementAndGet();
        String suffix = n + "-" + System.nanoTime() % 100000;
        String instructor = "teacher" + suffix;
        accounts.createUser(instructor, "Teacher " + n, "password-" + n, Role.INSTRUCTOR);
        CourseSummary course = courses.create(instructor, "Course " + suffix);
        String student = "alice" + suffix;
        String other = "bob" + suffix;
        accounts.signUp(course.joinCode(), student, "Alice " + n, "password-a");
        accounts.signUp(course.joinCode(), other, "Bob " + n, "password-b");
        AssignmentSummary a = assignments.create(
                instructor,
                course.id(),
                new AssignmentSettings(
                        "Chain rule " + n, List.of(AssignmentItem.of("chain-rule")), maxAttempts, penalty, 0, null));
        assignments.publish(instructor, a.id());
        return new Setup(instructor, student, other, course.id(), a.id());
    }

    Variant variantOf(Setup s, String student) {
        int number = assignments.variantOf(s.instructor(), s.assignmentId(), student, "chain-rule");
        return Catalogue.standard().byId("chain-rule").orElseThrow().variant(number);
    }

    static Map<String, Object> json(Map<String, Answer> answers) {
        Map<String, Object> out = new LinkedHashMap<>();
        answers.forEach((id, a) -> out.put(
                id,
                switch (a) {
                    case Answer.Text t -> t.text();
                    case Answer.Entries e -> e.entries();
                    case Answer.Grid g -> g.rows();
                    case Answer.Settings x -> x.values();
                }));
        return out;
    }

    static Map<String, Object> right(Variant v) {
        return json(v.modelAnswers());
    }

    /** The variant's first canned wrong (not invalid) answer, the other parts answered right. */
    static Map<String, Object> wrong(Variant v) {
        Part part = v.parts().getFirst();
        CannedAnswer canned =
                part.canned().stream().filter(c -> !c.invalid()).findFirst().orElseThrow();
        Map<String, Answer> answers = new LinkedHashMap<>(v.modelAnswers());
        answers.put(part.id(), canned.answer());
        return json(answers);
    }

    int storedAttempts(long assignmentId) {
        return jdbc.queryForObject("select count(*) from attempt where assignment_id = ?", Integer.class, assignmentId);
    }

    @Test
    void an_attempt_is_committed_before_the_feedback_is_returned() {
        Setup s = setup(0, 0);
        Variant v = variantOf(s, s.student());
        TransactionTemplate outer = new TransactionTemplate(transactions);

        Submission submission = outer.execute(status -> {
            Submission inner = attempts.submit(s.student(), s.assignmentId(), "chain-rule", right(v));
            status.setRollbackOnly();
            return inner;
        });

        // The caller's transaction was rolled back, yet the attempt is there: it was committed on its own.
        assertThat(submission.feedback().verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(storedAttempts(s.assignmentId())).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select verdict from attempt where id = ?", String.class, submission.attemptId()))
                .isEqualTo("correct");
    }

    @Test
    void penalties_reduce_the_kept_score_and_attempts_run_out() {
        Setup s = setup(2, 0.25);
        Variant v = variantOf(s, s.student());

        Submission first = attempts.submit(s.student(), s.assignmentId(), "chain-rule", wrong(v));
        Submission second = attempts.submit(s.student(), s.assignmentId(), "chain-rule", right(v));

        assertThat(first.feedback().verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(second.attemptsUsed()).isEqualTo(2);
        // DESIGN §5: best of (score − penalty × earlier wrong attempts) = max(0 − 0, 1 − 0.25).
        Gradebook.Cell cell = cellOf(gradebooks.gradebook(s.instructor(), s.courseId()), s.student());
        assertThat(cell.score()).isEqualTo(0.75);
        assertThat(cell.attempts()).isEqualTo(2);
        assertThatThrownBy(() -> attempts.submit(s.student(), s.assignmentId(), "chain-rule", right(v)))
                .isInstanceOfSatisfying(
                        CoursesException.class, e -> assertThat(e.reason()).isEqualTo(CoursesMessage.NO_ATTEMPTS_LEFT));
        assertThat(storedAttempts(s.assignmentId())).isEqualTo(2);
    }

    /** Submits the same answers from {@code threads} threads released at once; a refusal comes back as its key. */
    List<Object> atOnce(Setup s, Map<String, Object> answers, int threads) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return attempts.submit(s.student(), s.assignmentId(), "chain-rule", answers);
                    } catch (CoursesException e) {
                        return e.reason();
                    }
                }));
            }
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : outcomes) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        }
    }

    List<Integer> storedNumbers(long assignmentId) {
        return jdbc.queryForList(
                "select attempt_number from attempt where assignment_id = ? order by attempt_number",
                Integer.class,
                assignmentId);
    }

    @Test
    void simultaneous_submissions_never_pass_the_attempt_limit() throws Exception {
        // Eight submissions released together all read "no attempts yet"; without a guard each stored attempt 1.
        for (int round = 0; round < 3; round++) {
            Setup s = setup(2, 0);

            List<Object> outcomes = atOnce(s, wrong(variantOf(s, s.student())), 8);

            assertThat(outcomes).filteredOn(Submission.class::isInstance).hasSize(2);
            assertThat(outcomes)
                    .filteredOn(o -> !(o instanceof Submission))
                    .hasSize(6)
                    .containsOnly(CoursesMessage.NO_ATTEMPTS_LEFT);
            assertThat(storedNumbers(s.assignmentId())).containsExactly(1, 2);
            assertThat(outcomes)
                    .filteredOn(Submission.class::isInstance)
                    .extracting(o -> ((Submission) o).attemptsUsed())
                    .containsExactlyInAnyOrder(1, 2);
        }
    }

    @Test
    void simultaneous_submissions_without_a_limit_get_distinct_attempt_numbers() throws Exception {
        Setup s = setup(0, 0);

        List<Object> outcomes = atOnce(s, wrong(variantOf(s, s.student())), 6);

        List<Submission> stored = outcomes.stream()
                .filter(Submission.class::isInstance)
                .map(Submission.class::cast)
                .toList();
        // Each stored one is acknowledged; one that lost the race five times is refused and stored nothing.
        assertThat(stored).isNotEmpty();
        assertThat(outcomes).filteredOn(o -> !(o instanceof Submission)).allSatisfy(o -> assertThat(o)
                .isEqualTo(CoursesMessage.SUBMITTED_AT_ONCE));
        assertThat(storedNumbers(s.assignmentId()))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, stored.size()).boxed().toList());
        assertThat(jdbc.queryForList(
                        "select id from attempt where assignment_id = ? order by id", Long.class, s.assignmentId()))
                .containsExactlyInAnyOrderElementsOf(
                        stored.stream().map(Submission::attemptId).toList());
    }

    @Test
    void an_invalid_answer_is_stored_but_uses_no_attempt() {
        Setup s = setup(1, 0.5);
        Variant v = variantOf(s, s.student());

        Submission invalid =
                attempts.submit(s.student(), s.assignmentId(), "chain-rule", Map.of("derivative", "cos(("));
        Submission right = attempts.submit(s.student(), s.assignmentId(), "chain-rule", right(v));

        assertThat(invalid.feedback().verdict()).isEqualTo(Verdict.INVALID);
        assertThat(invalid.attemptsUsed()).isZero();
        assertThat(right.attemptsUsed()).isEqualTo(1);
        assertThat(storedAttempts(s.assignmentId())).isEqualTo(2);
        assertThat(cellOf(gradebooks.gradebook(s.instructor(), s.courseId()), s.student())
                        .score())
                .isEqualTo(1.0);
    }

    @Test
    void only_enrolled_students_may_submit() {
        Setup s = setup(0, 0);
        Setup elsewhere = setup(0, 0);
        Variant v = variantOf(s, s.student());

        assertThatThrownBy(() -> attempts.submit(elsewhere.student(), s.assignmentId(), "chain-rule", right(v)))
                .isInstanceOfSatisfying(CoursesException.class, e -> assertThat(e.kind())
                        .isEqualTo(CoursesException.Kind.ACCESS_DENIED));
        assertThatThrownBy(() -> attempts.submit(s.instructor(), s.assignmentId(), "chain-rule", right(v)))
                .isInstanceOfSatisfying(CoursesException.class, e -> assertThat(e.kind())
                        .isEqualTo(CoursesException.Kind.ACCESS_DENIED));
        assertThat(storedAttempts(s.assignmentId())).isZero();
    }

    @Test
    void a_hidden_assignment_disappears_for_students_and_returns_with_their_attempts() {
        Setup s = setup(0, 0);
        Variant v = variantOf(s, s.student());
        attempts.submit(s.student(), s.assignmentId(), "chain-rule", wrong(v));

        assertThat(assignments.unpublish(s.instructor(), s.assignmentId()).published())
                .isFalse();
        assertThat(assignments.forCourse(s.student(), s.courseId())).isEmpty();
        assertThatThrownBy(() -> attempts.submit(s.student(), s.assignmentId(), "chain-rule", right(v)))
                .isInstanceOfSatisfying(CoursesException.class, e -> assertThat(e.reason())
                        .isEqualTo(CoursesMessage.UNKNOWN_ASSIGNMENT));
        assertThatThrownBy(() -> assignments.unpublish(s.student(), s.assignmentId()))
                .isInstanceOfSatisfying(CoursesException.class, e -> assertThat(e.kind())
                        .isEqualTo(CoursesException.Kind.ACCESS_DENIED));

        assignments.publish(s.instructor(), s.assignmentId());
        assertThat(assignments.forCourse(s.student(), s.courseId()))
                .extracting(AssignmentSummary::id)
                .containsExactly(s.assignmentId());
        assertThat(storedAttempts(s.assignmentId())).isEqualTo(1);
    }

    @Test
    void only_staff_accounts_become_teaching_assistants() {
        Setup s = setup(0, 0);
        String staff = "assistant" + s.courseId();
        accounts.createUser(staff, "Assistant", "password-t", Role.TA);

        assertThatThrownBy(() -> courses.addTeachingAssistant(s.instructor(), s.courseId(), s.other()))
                .isInstanceOfSatisfying(
                        CoursesException.class, e -> assertThat(e.reason()).isEqualTo(CoursesMessage.NOT_STAFF));
        courses.addTeachingAssistant(s.instructor(), s.courseId(), staff);

        assertThat(courses.roster(s.instructor(), s.courseId()))
                .extracting(RosterEntry::username, RosterEntry::membership)
                .contains(tuple(staff, Membership.TA), tuple(s.other(), Membership.STUDENT));
    }

    @Test
    void publishing_refuses_an_exercise_whose_students_variants_fail_the_self_test() {
        Setup s = setup(0, 0);
        AssignmentSummary a = assignments.create(
                s.instructor(),
                s.courseId(),
                new AssignmentSettings("Broken", List.of(AssignmentItem.of(BrokenExercise.ID)), 0, 0, 0, null));

        assertThatThrownBy(() -> assignments.publish(s.instructor(), a.id()))
                .isInstanceOfSatisfying(CoursesException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CoursesMessage.SELF_TEST_FAILED);
                    assertThat(e.getMessage()).contains(BrokenExercise.ID).contains("model_answer");
                });
        assertThat(assignments.get(s.instructor(), a.id()).published()).isFalse();
    }

    @Test
    void a_student_cannot_read_another_students_attempts() {
        Setup s = setup(0, 0);
        Submission mine =
                attempts.submit(s.student(), s.assignmentId(), "chain-rule", right(variantOf(s, s.student())));

        assertThat(attempts.history(s.student(), s.assignmentId(), s.student()))
                .extracting(AttemptRecord::id)
                .containsExactly(mine.attemptId());
        assertThat(attempts.history(s.instructor(), s.assignmentId(), s.student()))
                .hasSize(1);
        assertThatThrownBy(() -> attempts.history(s.other(), s.assignmentId(), s.student()))
                .isInstanceOfSatisfying(CoursesException.class, e -> assertThat(e.kind())
                        .isEqualTo(CoursesException.Kind.ACCESS_DENIED));
        assertThatThrownBy(() -> attempts.attempt(s.other(), mine.attemptId()))
                .isInstanceOfSatisfying(
                        CoursesException.class, e -> assertThat(e.kind()).isEqualTo(CoursesException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> gradebooks.gradebook(s.student(), s.courseId()))
                .isInstanceOfSatisfying(CoursesException.class, e -> assertThat(e.kind())
                        .isEqualTo(CoursesException.Kind.ACCESS_DENIED));
    }

    @Test
    void regrading_stored_attempts_gives_the_same_results() {
        Setup s = setup(0, 0.1);
        Variant v = variantOf(s, s.student());
        attempts.submit(s.student(), s.assignmentId(), "chain-rule", wrong(v));
        attempts.submit(s.student(), s.assignmentId(), "chain-rule", Map.of("derivative", "2x cos(x^2) + ("));
        attempts.submit(s.student(), s.assignmentId(), "chain-rule", right(v));
        attempts.submit(s.other(), s.assignmentId(), "chain-rule", wrong(variantOf(s, s.other())));
        Gradebook before = gradebooks.gradebook(s.instructor(), s.courseId());

        RegradeReport report = gradebooks.regrade(s.instructor(), s.assignmentId());

        assertThat(report).isEqualTo(new RegradeReport(4, 0));
        assertThat(gradebooks.gradebook(s.instructor(), s.courseId())).isEqualTo(before);
    }

    @Test
    void misconceptions_are_counted_per_exercise_with_examples() {
        Setup s = setup(0, 0);
        Variant v = variantOf(s, s.student());
        Map<String, Object> wrong = wrong(v);
        attempts.submit(s.student(), s.assignmentId(), "chain-rule", wrong);
        CannedAnswer canned = v.parts().getFirst().canned().stream()
                .filter(c -> !c.invalid())
                .findFirst()
                .orElseThrow();

        List<Misconceptions> found = gradebooks.misconceptions(s.instructor(), s.assignmentId());

        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.exerciseId()).isEqualTo("chain-rule");
            assertThat(m.notes())
                    .extracting(Misconceptions.Count::note)
                    .containsExactlyInAnyOrderElementsOf(
                            canned.notes().stream().map(n -> n.key()).toList());
            assertThat(m.notes()).allSatisfy(c -> {
                assertThat(c.attempts()).isEqualTo(1);
                assertThat(c.examples()).containsExactly(JsonText.write(wrong));
            });
        });
    }

    @Test
    void an_override_replaces_the_kept_score_and_keeps_who_and_why() {
        Setup s = setup(0, 0);
        attempts.submit(s.student(), s.assignmentId(), "chain-rule", wrong(variantOf(s, s.student())));

        gradebooks.override(s.instructor(), s.assignmentId(), s.student(), "chain-rule", 0.5, "Shown on paper");

        Gradebook.Cell cell = cellOf(gradebooks.gradebook(s.instructor(), s.courseId()), s.student());
        assertThat(cell.score()).isEqualTo(0.5);
        assertThat(cell.overridden()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select reason from grade_override where assignment_id = ?", String.class, s.assignmentId()))
                .isEqualTo("Shown on paper");
    }

    @Test
    void an_attempt_after_the_due_date_is_flagged_late_and_does_not_count() {
        Setup s = setup(0, 0);
        AssignmentSummary a = assignments.get(s.instructor(), s.assignmentId());
        AssignmentSettings past = new AssignmentSettings(
                a.settings().title(), a.settings().items(), 0, 0, 0, Instant.parse("2020-01-01T00:00:00Z"));
        assignments.update(s.instructor(), s.assignmentId(), past);
        assignments.grantExtension(s.instructor(), s.assignmentId(), s.other(), Instant.parse("2999-01-01T00:00:00Z"));

        Submission late =
                attempts.submit(s.student(), s.assignmentId(), "chain-rule", right(variantOf(s, s.student())));
        Submission extended =
                attempts.submit(s.other(), s.assignmentId(), "chain-rule", right(variantOf(s, s.other())));

        assertThat(late.late()).isTrue();
        assertThat(extended.late()).isFalse();
        Gradebook book = gradebooks.gradebook(s.instructor(), s.courseId());
        assertThat(cellOf(book, s.student())).isEqualTo(new Gradebook.Cell(null, 1, true, false));
        assertThat(cellOf(book, s.other())).isEqualTo(new Gradebook.Cell(1.0, 1, false, false));
    }

    @Test
    void the_csv_quotes_names_with_commas_and_quotes() {
        Setup s = setup(0, 0);
        CourseSummary course = courses.myCourses(s.instructor()).getFirst();
        accounts.signUp(course.joinCode(), "carol" + s.courseId(), "Smith, \"CJ\"", "password-c");

        String csv = gradebooks.csv(s.instructor(), s.courseId());

        assertThat(csv.split("\r\n"))
                .anySatisfy(line -> assertThat(line).isEqualTo("carol" + s.courseId() + ",\"Smith, \"\"CJ\"\"\",,,"));
        assertThat(csv).startsWith("username,name,Chain rule ");
    }

    @Test
    void drafts_are_saved_and_loaded_per_student() {
        Setup s = setup(0, 0);
        attempts.saveDraft(s.student(), s.assignmentId(), "chain-rule", Map.of("derivative", "2x cos"));
        attempts.saveDraft(s.student(), s.assignmentId(), "chain-rule", Map.of("derivative", "2x cos(x^2)"));

        assertThat(attempts.loadDraft(s.student(), s.assignmentId(), "chain-rule"))
                .contains(Map.of("derivative", "2x cos(x^2)"));
        assertThat(attempts.loadDraft(s.other(), s.assignmentId(), "chain-rule"))
                .isEmpty();
    }

    @Test
    void a_temporary_password_must_be_replaced_and_only_with_the_current_one_proven() {
        Setup s = setup(0, 0);
        assertThat(accounts.mustChangePassword(s.student())).isFalse();

        TemporaryPassword reset = accounts.resetPassword(s.instructor(), s.student());
        assertThat(accounts.mustChangePassword(s.student())).isTrue();
        assertThat(encoder.matches(reset.password(), hash(s.student()))).isTrue();

        assertRefused(
                () -> accounts.changePassword(s.student(), "password-a", "a-new-secret"),
                CoursesMessage.WRONG_PASSWORD);
        assertRefused(
                () -> accounts.changePassword(s.student(), reset.password(), "short"), CoursesMessage.WEAK_PASSWORD);
        assertRefused(
                () -> accounts.changePassword(s.student(), reset.password(), reset.password()),
                CoursesMessage.SAME_PASSWORD);
        assertThat(accounts.mustChangePassword(s.student())).isTrue();

        accounts.changePassword(s.student(), reset.password(), "a-new-secret");

        assertThat(accounts.mustChangePassword(s.student())).isFalse();
        assertThat(encoder.matches("a-new-secret", hash(s.student()))).isTrue();
        assertThat(encoder.matches(reset.password(), hash(s.student()))).isFalse();
    }

    @Test
    void new_staff_accounts_start_with_a_temporary_password_to_replace() {
        Setup s = setup(0, 0);
        String admin = "admin" + s.courseId();
        accounts.createUser(admin, "Admin", "password-admin", Role.ADMIN);

        TemporaryPassword instructor = accounts.createInstructor(admin, "teacher-new" + s.courseId(), "New Teacher");
        TemporaryPassword ta = assistants.create(s.instructor(), "ta-new" + s.courseId(), "New TA");

        assertThat(accounts.mustChangePassword(instructor.username())).isTrue();
        assertThat(accounts.mustChangePassword(ta.username())).isTrue();
        // An account created with a password its owner chose (signing up, the configured first admin) has none.
        assertThat(accounts.mustChangePassword(admin)).isFalse();
        assertThat(accounts.mustChangePassword(s.other())).isFalse();
    }

    private String hash(String username) {
        return accounts.login(username).orElseThrow().passwordHash();
    }

    private static void assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, CoursesMessage reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CoursesException.class, e -> assertThat(e.reason())
                .isEqualTo(reason));
    }

    @Test
    void a_password_reset_gives_a_working_temporary_password() {
        Setup s = setup(0, 0);
        Setup elsewhere = setup(0, 0);

        TemporaryPassword reset = accounts.resetPassword(s.instructor(), s.student());

        assertThat(reset.password()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(accounts.login(s.student()).orElseThrow().passwordHash()).startsWith("{bcrypt}");
        assertThatThrownBy(() -> accounts.resetPassword(elsewhere.instructor(), s.student()))
                .isInstanceOfSatisfying(CoursesException.class, e -> assertThat(e.kind())
                        .isEqualTo(CoursesException.Kind.ACCESS_DENIED));
    }

    static Gradebook.Cell cellOf(Gradebook book, String student) {
        return book.rows().stream()
                .filter(r -> r.username().equals(student))
                .findFirst()
                .orElseThrow()
                .cells()
                .getFirst();
    }
}
