package org.gradientlab.ui.student;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Map;
import org.gradientlab.courses.AssignmentService;
import org.gradientlab.courses.AttemptService;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.ui.SignedInUiTest;
import org.gradientlab.ui.exercises.PartView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AssignmentExerciseViewTest extends SignedInUiTest {

    @Autowired
    AssignmentService assignments;

    @Autowired
    AttemptService attempts;

    private String student;
    private long assignment;
    private Variant variant;

    @BeforeEach
    void newStudentOnTheChainRule() {
        student = newDemoStudent();
        assignment = demoAssignment(assignments);
        int number = assignments.variantOf(student, assignment, student, "chain-rule");
        variant = Catalogue.standard().byId("chain-rule").orElseThrow().variant(number, Map.of());
        signIn(student);
    }

    private AssignmentExerciseView openChainRule() {
        open("courses/assignment/" + assignment + "/chain-rule");
        return _get(AssignmentExerciseView.class);
    }

    /** The student's own variant's "outer derivative only" mistake, which the grader must diagnose. */
    private Answer outerDerivativeOnly() {
        return variant.parts().getFirst().canned().stream()
                .filter(c -> c.notes().contains(Note.MISSING_INNER_DERIVATIVE))
                .map(CannedAnswer::answer)
                .findFirst()
                .orElseThrow();
    }

    private static void answer(AssignmentExerciseView view, Answer answer) {
        view.parts.getFirst().setAnswer(answer);
        _click(view.submit);
    }

    private static List<String> messageKeys(PartView part) {
        return _find(part, ListItem.class).stream()
                .map(li -> li.getElement().getAttribute("data-key"))
                .toList();
    }

    private static String attemptsLeft(AssignmentExerciseView view) {
        return view.status.getElement().getAttribute("data-attempts-left");
    }

    @Test
    void wrong_then_right_records_two_attempts_with_the_misconception_then_correct() {
        AssignmentExerciseView view = openChainRule();
        assertThat(attemptsLeft(view)).isEqualTo("3");
        assertThat(view.status.getText()).startsWith("3 of 3 attempts left · each wrong attempt costs 10 %");

        answer(view, outerDerivativeOnly());
        assertThat(view.feedback.getElement().getAttribute("data-verdict")).isEqualTo("incorrect");
        assertThat(messageKeys(view.parts.getFirst())).contains("missing-inner-derivative");
        assertThat(attemptsLeft(view)).isEqualTo("2");

        answer(view, variant.parts().getFirst().modelAnswer());
        assertThat(view.feedback.getElement().getAttribute("data-verdict")).isEqualTo("correct");
        assertThat(attemptsLeft(view)).isEqualTo("1");

        assertThat(attempts.history(student, assignment, student))
                .extracting(r -> r.verdict())
                .containsExactly("incorrect", "correct");
        assertThat(view.history.items.getChildren().toList()).hasSize(2);
        assertThat(view.history.items.getChildren().map(c -> c.getElement().getAttribute("data-verdict")))
                .containsExactly("incorrect", "correct");
    }

    @Test
    void the_worked_solution_appears_only_after_the_last_attempt() {
        AssignmentExerciseView view = openChainRule();

        answer(view, outerDerivativeOnly());
        answer(view, variant.parts().getFirst().modelAnswer());
        assertThat(view.solution.isVisible()).isFalse();

        answer(view, outerDerivativeOnly());
        assertThat(attemptsLeft(view)).isEqualTo("0");
        assertThat(view.solution.isVisible()).isTrue();
        assertThat(view.submit.isEnabled()).isFalse();
    }

    @Test
    void an_unreadable_answer_uses_no_attempt() {
        AssignmentExerciseView view = openChainRule();

        answer(view, Answer.text("cos(x^2"));

        assertThat(view.feedback.getElement().getAttribute("data-verdict")).isEqualTo("invalid");
        assertThat(attemptsLeft(view)).isEqualTo("3");
    }

    @Test
    void a_submission_after_the_attempts_are_used_elsewhere_shows_the_reason() {
        AssignmentExerciseView view = openChainRule();
        // the attempts are used in another tab: this page still offers Submit
        Map<String, Object> wrong =
                Map.of(variant.parts().getFirst().id(), ((Answer.Text) outerDerivativeOnly()).text());
        for (int i = 0; i < 3; i++) {
            attempts.submit(student, assignment, "chain-rule", wrong);
        }

        answer(view, variant.parts().getFirst().modelAnswer());

        assertThat(view.feedback.getElement().getAttribute("data-verdict")).isEqualTo("refused");
        assertThat(_find(view.feedback, com.vaadin.flow.component.html.Paragraph.class)
                        .getFirst()
                        .getElement()
                        .getAttribute("data-key"))
                .isEqualTo("courses.no-attempts-left");
        assertThat(attempts.history(student, assignment, student)).hasSize(3);
    }

    @Test
    void drafts_are_saved_as_typed_and_restored_even_when_unreadable() {
        AssignmentExerciseView view = openChainRule();

        view.parts.getFirst().setAnswer(Answer.text("2x cos(x^"));

        assertThat(attempts.loadDraft(student, assignment, "chain-rule"))
                .contains(Map.of(variant.parts().getFirst().id(), "2x cos(x^"));
        open("courses/assignment/" + assignment);
        AssignmentExerciseView again = openChainRule();
        assertThat(again).isNotSameAs(view);
        assertThat(again.parts.getFirst().answer()).isEqualTo(Answer.text("2x cos(x^"));
    }

    @Test
    void a_hint_shows_its_cost_before_it_is_revealed() {
        AssignmentExerciseView view = openChainRule();
        assertThat(view.revealHint.getText()).endsWith("(costs 5 % of your score)");
        assertThat(view.hints.getChildren()).isEmpty();

        _click(view.revealHint);

        assertThat(view.hints.getChildren().toList()).hasSize(1);
        assertThat(attempts.revealedHints(student, assignment, "chain-rule")).hasSize(1);
    }
}
