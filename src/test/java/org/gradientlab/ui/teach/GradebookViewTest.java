package org.gradientlab.ui.teach;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gradientlab.courses.AssignmentSummary;
import org.gradientlab.courses.Role;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GradebookViewTest extends TeachUiTest {

    private Course course;
    private AssignmentSummary assignment;
    private String note;

    /** The student answers chain-rule wrongly (a canned mistake with a note), then rightly. */
    @BeforeEach
    void studentWorks() {
        course = course();
        assignment = published(course);
        int number = assignments.variantOf(course.student(), assignment.id(), course.student(), "chain-rule");
        Variant v = Catalogue.standard().byId("chain-rule").orElseThrow().variant(number);
        Part part = v.parts().getFirst();
        CannedAnswer mistake = part.canned().stream()
                .filter(c -> !c.invalid() && c.notes().size() == 1)
                .findFirst()
                .orElseThrow();
        note = mistake.notes().iterator().next().key();
        Map<String, Answer> wrong = new LinkedHashMap<>(v.modelAnswers());
        wrong.put(part.id(), mistake.answer());
        attempts.submit(course.student(), assignment.id(), "chain-rule", json(wrong));
        attempts.submit(course.student(), assignment.id(), "chain-rule", json(v.modelAnswers()));
    }

    private static Map<String, Object> json(Map<String, Answer> answers) {
        Map<String, Object> out = new LinkedHashMap<>();
        answers.forEach((id, a) -> out.put(
                id,
                switch (a) {
                    case Answer.Text t -> t.text();
                    case Answer.Entries e -> e.entries();
                    case Answer.Grid g -> g.rows();
                    case Answer.Settings s -> s.values();
                }));
        return out;
    }

    private GradebookView openGradebook() {
        open("teach/course/" + course.id() + "/gradebook");
        return _get(GradebookView.class);
    }

    private static String cell(GradebookView view) {
        return ((Button) GridKt._getCellComponent(view.grid, 0, "cell-0")).getText();
    }

    @Test
    void the_gradebook_shows_the_kept_score_after_the_penalty() {
        signIn(course.instructor(), Role.INSTRUCTOR);

        GradebookView view = openGradebook();

        // Kept score (DESIGN §5): best of (score − 10 % × earlier graded wrong attempts) = 1 − 0.1 = 90 %.
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(cell(view)).isEqualTo("90 %");
        assertThat(GridKt._getFormatted(view.grid, 0, "total")).isEqualTo("90 %");
        assertThat(GridKt._getFormatted(view.grid, 0, "student")).contains(course.student());
    }

    @Test
    void a_cell_opens_the_attempt_history_with_verdicts_and_notes() {
        signIn(course.instructor(), Role.INSTRUCTOR);
        GradebookView view = openGradebook();

        CellDialog dialog = view.open(view.book.rows().getFirst(), 0);

        String text = dialog.attempts.getElement().getTextRecursively();
        assertThat(dialog.attempts.getChildren().count()).isEqualTo(2);
        assertThat(text)
                .contains("Attempt 1")
                .contains("Attempt 2")
                .contains("Correct")
                .contains("score 100 %");
        assertThat(text).contains(getTranslationOf("teach.note." + note));
    }

    @Test
    void an_override_needs_a_reason_and_then_changes_the_shown_score() {
        signIn(course.instructor(), Role.INSTRUCTOR);
        GradebookView view = openGradebook();
        CellDialog dialog = view.open(view.book.rows().getFirst(), 0);

        dialog.score.setValue(50.0);
        _click(dialog.override);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(cell(view)).isEqualTo("90 %");

        dialog.reason.setValue("Oral exam showed the method");
        _click(dialog.override);

        assertThat(cell(view)).isEqualTo("50 % · overridden");
        CellDialog again = view.open(view.book.rows().getFirst(), 0);
        assertThat(again.overrides.getElement().getTextRecursively())
                .contains("50 %", course.instructor(), "Oral exam showed the method");
    }

    @Test
    void the_csv_download_contains_the_student_and_the_score() {
        signIn(course.instructor(), Role.INSTRUCTOR);
        GradebookView view = openGradebook();

        String csv = new String(DownloadKt.download(view.csv), StandardCharsets.UTF_8);

        assertThat(csv).contains("Week 1: chain-rule");
        assertThat(csv.lines().filter(l -> l.startsWith(course.student() + ",")))
                .singleElement()
                .asString()
                .contains(",0.9000,");
    }

    @Test
    void the_misconception_dashboard_counts_the_note() {
        signIn(course.instructor(), Role.INSTRUCTOR);

        open("teach/assignment/" + assignment.id() + "/misconceptions");
        MisconceptionsView view = _get(MisconceptionsView.class);

        assertThat(view.grids).hasSize(1);
        assertThat(GridKt._size(view.grids.getFirst())).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.grids.getFirst(), 0, "note"))
                .isEqualTo(getTranslationOf("teach.note." + note));
        assertThat(GridKt._getFormatted(view.grids.getFirst(), 0, "attempts")).isEqualTo("1");
    }

    @Test
    void a_teaching_assistant_regrades_and_sees_the_report() {
        String ta = user("ta", Role.TA);
        courses.addTeachingAssistant(course.instructor(), course.id(), ta);
        signIn(ta, Role.TA);
        GradebookView view = openGradebook();
        NotificationsKt.clearNotifications();

        _click(view.regrade);

        // Regrading the same exercise gives the same grades (DESIGN §5: grading is deterministic).
        NotificationsKt.expectNotifications("Regraded 2 attempts; 0 changed their grade.");
        assertThat(cell(view)).isEqualTo("90 %");
    }

    private static String getTranslationOf(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
