package org.gradientlab.api.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gradientlab.api.ApiTest;
import org.gradientlab.courses.AccountService;
import org.gradientlab.courses.AssignmentItem;
import org.gradientlab.courses.AssignmentService;
import org.gradientlab.courses.AssignmentSettings;
import org.gradientlab.courses.CourseService;
import org.gradientlab.courses.CourseSummary;
import org.gradientlab.courses.Role;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The authorisation matrix of the course endpoints, through the real security filter chain with HTTP Basic: the
 * gradebook is for the course's instructors and TAs only; a check with an assignmentId records an attempt for an
 * enrolled student only. Every test makes its own accounts and course.
 */
@ApiTest
class CoursesApiSecurityTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String PASSWORD = "secret-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseService courses;

    @Autowired
    AssignmentService assignments;

    @Autowired
    JdbcTemplate jdbc;

    String instructor;
    String ta;
    String student;
    String classmate;
    String otherInstructor;
    String outsider;
    String admin;
    long courseId;
    long assignmentId;

    @BeforeEach
    void accountsAndCourses() {
        String n = "x" + NEXT.incrementAndGet() + "t" + (System.nanoTime() % 100000);
        instructor = user("inst" + n, Role.INSTRUCTOR);
        ta = user("ta" + n, Role.TA);
        otherInstructor = user("inst2" + n, Role.INSTRUCTOR);
        admin = user("admin" + n, Role.ADMIN);
        CourseSummary course = courses.create(instructor, "Course " + n);
        courseId = course.id();
        courses.addTeachingAssistant(instructor, courseId, ta);
        student = "stud" + n;
        classmate = "mate" + n;
        accounts.signUp(course.joinCode(), student, "Student", PASSWORD);
        accounts.signUp(course.joinCode(), classmate, "Classmate, \"the other\"", PASSWORD);
        CourseSummary other = courses.create(otherInstructor, "Other " + n);
        outsider = "out" + n;
        accounts.signUp(other.joinCode(), outsider, "Outsider", PASSWORD);
        assignmentId = assignments
                .create(
                        instructor,
                        courseId,
                        new AssignmentSettings("Week " + n, List.of(AssignmentItem.of("chain-rule")), 0, 0, 0, null))
                .id();
        assignments.publish(instructor, assignmentId);
    }

    private String user(String name, Role role) {
        accounts.createUser(name, name, PASSWORD, role);
        return name;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String user) throws Exception {
        if (user != null) {
            request.with(httpBasic(user, PASSWORD));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse gradebook(String user, MediaType accept) throws Exception {
        return send(get("/api/v1/courses/" + courseId + "/gradebook").accept(accept), user);
    }

    private MockHttpServletResponse check(String user, String answersJson) throws Exception {
        return send(
                post("/api/v1/exercises/chain-rule/check")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assignmentId\": \"" + assignmentId + "\", \"answers\": " + answersJson + "}"),
                user);
    }

    private int attempts() {
        return jdbc.queryForObject("select count(*) from attempt where assignment_id = ?", Integer.class, assignmentId);
    }

    /** The student's own variant's model answer, as JSON. */
    private String rightAnswerOf(String who) {
        int variant = assignments.variantOf(instructor, assignmentId, who, "chain-rule");
        Answer.Text model = (Answer.Text) Catalogue.standard()
                .byId("chain-rule")
                .orElseThrow()
                .variant(variant)
                .modelAnswers()
                .get("derivative");
        return "{\"derivative\": \"" + model.text() + "\"}";
    }

    @Test
    void the_gradebook_is_for_the_courses_instructors_and_tas_only() throws Exception {
        assertThat(gradebook(null, MediaType.APPLICATION_JSON).getStatus()).isEqualTo(401);
        for (String refused : new String[] {student, classmate, otherInstructor, outsider, admin}) {
            MockHttpServletResponse r = gradebook(refused, MediaType.APPLICATION_JSON);
            assertThat(r.getStatus()).as(refused).isEqualTo(403);
            assertThat(r.getContentAsString()).as(refused).contains("\"error\"").doesNotContain(student);
        }
        for (String allowed : new String[] {instructor, ta}) {
            MockHttpServletResponse r = gradebook(allowed, MediaType.APPLICATION_JSON);
            assertThat(r.getStatus()).as(allowed).isEqualTo(200);
            assertThat(r.getContentType()).startsWith("application/json");
            assertThat(r.getContentAsString()).contains("\"username\":\"" + student + "\"");
        }
    }

    @Test
    void the_gradebook_is_csv_when_asked_for_with_the_recorded_score() throws Exception {
        assertThat(check(student, rightAnswerOf(student)).getStatus()).isEqualTo(200);

        MockHttpServletResponse r = gradebook(instructor, MediaType.valueOf("text/csv"));

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).startsWith("text/csv");
        assertThat(r.getContentAsString())
                .contains(student + ",Student,1.0000,,")
                .contains(classmate + ",\"Classmate, \"\"the other\"\"\",,,");
        assertThat(gradebook(student, MediaType.valueOf("text/csv")).getStatus())
                .isEqualTo(403);
    }

    @Test
    void an_assignment_check_records_an_attempt_for_an_enrolled_student_only() throws Exception {
        String answer = rightAnswerOf(student);

        assertThat(check(null, answer).getStatus()).isEqualTo(401);
        for (String refused : new String[] {outsider, otherInstructor, instructor, ta, admin}) {
            assertThat(check(refused, answer).getStatus()).as(refused).isEqualTo(403);
        }
        assertThat(attempts()).isZero();

        MockHttpServletResponse mine = check(student, answer);
        assertThat(mine.getStatus()).isEqualTo(200);
        assertThat(mine.getContentAsString()).contains("\"verdict\":\"correct\"");
        assertThat(attempts()).isEqualTo(1);
        // The classmate is graded with their own variant: the student's answer is not a key to it unless the
        // two variants happen to share it, which the recorded verdict then shows.
        MockHttpServletResponse theirs = check(classmate, rightAnswerOf(classmate));
        assertThat(theirs.getStatus()).isEqualTo(200);
        assertThat(theirs.getContentAsString()).contains("\"verdict\":\"correct\"");
        assertThat(attempts()).isEqualTo(2);
    }

    @Test
    void a_wrong_password_or_an_unknown_assignment_is_refused() throws Exception {
        MockHttpServletResponse wrong = mvc.perform(get("/api/v1/courses/" + courseId + "/gradebook")
                        .with(httpBasic(instructor, "not-the-password")))
                .andReturn()
                .getResponse();
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getContentAsString()).contains("\"error\"");

        MockHttpServletResponse unknown = send(
                post("/api/v1/exercises/chain-rule/check")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assignmentId\": \"999999\", \"answers\": {\"derivative\": \"x\"}}"),
                student);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(send(get("/api/v1/courses/999999/gradebook"), instructor).getStatus())
                .isEqualTo(404);
    }

    @Test
    void practice_checks_stay_open_to_anyone() throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/api/v1/exercises/chain-rule/check")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"derivative\": \"2x cos(x^2)\"}}"))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(attempts()).isZero();
    }
}
