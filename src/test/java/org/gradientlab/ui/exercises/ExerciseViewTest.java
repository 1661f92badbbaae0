package org.gradientlab.ui.exercises;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.ui.UiTest;
import org.gradientlab.ui.error.NotFoundView;
import org.gradientlab.ui.maths.MathView;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ExerciseViewTest extends UiTest {

    private static ExerciseView openExercise(String location) {
        open(location);
        return _get(ExerciseView.class);
    }

    private static PartView part(ExerciseView view, String id) {
        return view.parts.stream()
                .filter(p -> p.part.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> messageKeys(PartView part) {
        return _find(part.messages, ListItem.class).stream()
                .map(li -> li.getElement().getAttribute("data-key"))
                .toList();
    }

    private static String verdict(ExerciseView view) {
        return view.feedback.isVisible() ? view.feedback.getElement().getAttribute("data-verdict") : null;
    }

    @TestFactory
    List<DynamicTest> every_catalogue_exercise_has_a_page_that_shows_its_parts() {
        return Catalogue.standard().all().stream()
                .map(exercise -> DynamicTest.dynamicTest(exercise.id(), () -> {
                    ExerciseView view = openExercise("exercises/" + exercise.id());

                    Variant expected = exercise.variant(0);
                    assertThat(view.variant.number()).isZero();
                    assertThat(view.parts)
                            .map(p -> p.part.id())
                            .containsExactlyElementsOf(
                                    expected.parts().stream().map(Part::id).toList());
                    assertThat(view.parts)
                            .map(p -> p.getElement().getAttribute("data-type"))
                            .containsExactlyElementsOf(expected.parts().stream()
                                    .map(p -> p.type().apiName())
                                    .toList());
                    assertThat(view.title.getText()).isNotBlank().doesNotStartWith("!");
                    assertThat(view.variantTitle.getElement().getChildCount()).isPositive();
                    assertThat(view.feedback.isVisible()).isFalse();
                    assertThat(view.solution.isVisible()).isFalse();
                    assertThat(pageTitle()).doesNotStartWith("!");
                }))
                .toList();
    }

    @TestFactory
    List<DynamicTest> the_model_answer_typed_in_and_submitted_is_correct() {
        return Catalogue.standard().all().stream()
                .map(exercise -> DynamicTest.dynamicTest(exercise.id(), () -> {
                    ExerciseView view = openExercise("exercises/" + exercise.id());

                    for (PartView p : view.parts) {
                        p.input.setAnswer(p.part.modelAnswer());
                    }
                    _click(view.submit);

                    assertThat(verdict(view)).isEqualTo("correct");
                    assertThat(view.parts)
                            .allSatisfy(p -> assertThat(p.feedback.getElement().getAttribute("data-verdict"))
                                    .isEqualTo("correct"));
                    assertThat(view.solution.isVisible()).isTrue();
                }))
                .toList();
    }

    @Test
    void the_variant_comes_from_the_address() {
        ExerciseView view = openExercise("exercises/jacobian?variant=3");

        Exercise jacobian = Catalogue.standard().byId("jacobian").orElseThrow();
        assertThat(view.variant).isEqualTo(jacobian.variant(3));
        assertThat(view.variantField.getValue()).isEqualTo(3);
    }

    @Test
    void choosing_another_variant_opens_it() {
        ExerciseView view = openExercise("exercises/chain-rule");

        view.variantField.setValue(5);

        Exercise chainRule = Catalogue.standard().byId("chain-rule").orElseThrow();
        assertThat(_get(ExerciseView.class).variant).isEqualTo(chainRule.variant(5));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("exercises/chain-rule?variant=5");
    }

    @Test
    void an_unusable_variant_in_the_address_means_variant_zero() {
        assertThat(ExerciseView.variantNumber("-4")).isZero();
        assertThat(ExerciseView.variantNumber("abc")).isZero();
        assertThat(ExerciseView.variantNumber(" 7 ")).isEqualTo(7);

        ExerciseView view = openExercise("exercises/chain-rule?variant=oops");
        assertThat(view.variant.number()).isZero();
    }

    @Test
    void a_forgotten_inner_derivative_is_named_in_the_feedback() {
        ExerciseView view = openExercise("exercises/chain-rule");
        PartView derivative = part(view, "derivative");

        ((ExpressionInput) derivative.input).field.setValue("cos(x^2)");
        _click(view.submit);

        assertThat(verdict(view)).isEqualTo("incorrect");
        assertThat(messageKeys(derivative)).contains("missing-inner-derivative");
        assertThat(derivative.interpretedMath.getLatex()).isEqualTo("\\cos\\left(x^{2}\\right)");
        assertThat(view.solution.isVisible()).isFalse();
    }

    @Test
    void the_forgotten_inner_derivative_is_typeset_in_the_message() {
        ExerciseView view = openExercise("exercises/chain-rule");
        PartView derivative = part(view, "derivative");

        ((ExpressionInput) derivative.input).field.setValue("cos(x^2)");
        _click(view.submit);

        ListItem message = _find(derivative.messages, ListItem.class).stream()
                .filter(li -> "missing-inner-derivative".equals(li.getElement().getAttribute("data-key")))
                .findFirst()
                .orElseThrow();
        // f = sin(u) with u = x², so the inner derivative is u' = 2x: shown as a formula, not as typed text.
        assertThat(_find(message, MathView.class))
                .singleElement()
                .extracting(MathView::getLatex)
                .isEqualTo(Expression.parse("2*x").toLatex());
        assertThat(message.getText())
                .isEqualTo("You differentiated the outer function but forgot the inner derivative .")
                .doesNotContain("*");
    }

    @Test
    void feedback_is_given_in_the_visitors_language() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        ExerciseView view = openExercise("exercises/chain-rule");
        PartView derivative = part(view, "derivative");

        ((ExpressionInput) derivative.input).field.setValue("cos(x^2)");
        _click(view.submit);

        assertThat(_find(derivative.messages, ListItem.class))
                .map(ListItem::getText)
                .anyMatch(t -> t.startsWith("Du hast die äußere Funktion abgeleitet"));
        assertThat(view.submit.getText()).isEqualTo("Antwort prüfen");
    }

    @Test
    void a_malformed_expression_is_shown_with_its_column_and_gets_no_verdict() {
        ExerciseView view = openExercise("exercises/chain-rule");
        PartView derivative = part(view, "derivative");
        String typed = "2x cos(x^2";
        int column = ((ParseResult.Failure) Expression.tryParse(typed, Variables.of("x"))).column();

        ((ExpressionInput) derivative.input).field.setValue(typed);
        _click(view.submit);

        assertThat(verdict(view)).isEqualTo("invalid");
        assertThat(derivative.score.getText()).isEmpty();
        assertThat(messageKeys(derivative)).containsExactly("invalid-expression");
        assertThat(_find(derivative.messages, ListItem.class).getFirst().getText())
                .contains("column " + column);
        assertThat(_find(view.feedback, Span.class)).noneMatch(s -> s.getText().startsWith("Score"));
    }

    @Test
    void the_matrix_grid_can_be_reshaped_and_a_transposed_jacobian_is_recognised() {
        ExerciseView view = openExercise("exercises/jacobian");
        PartView jacobian = part(view, "jacobian");
        MatrixInput matrix = (MatrixInput) jacobian.input;
        assertThat(matrix.cells).hasSize(3);
        assertThat(matrix.columns()).isEqualTo(2);

        _click(matrix.addColumn);
        _click(matrix.removeRow);

        assertThat(matrix.cells).hasSize(2);
        assertThat(matrix.columns()).isEqualTo(3);
        assertThat(matrix.shape.getText()).isEqualTo("2 × 3");
        assertThat(_find(matrix.grid, TextField.class)).hasSize(6);
        // J of [x1², x1·x2, sin x2] at (2, 1) is [[4, 0], [1, 2], [0, cos 1]]; its transpose has one row per variable
        List<List<String>> transposed = List.of(List.of("4", "1", "0"), List.of("0", "2", "cos(1)"));
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                matrix.cells.get(i).get(j).setValue(transposed.get(i).get(j));
            }
        }
        part(view, "fd-denominator").input.setAnswer(Answer.text("2h"));
        _click(view.submit);

        assertThat(messageKeys(jacobian)).contains("transposed-jacobian");
        assertThat(jacobian.feedback.getElement().getAttribute("data-verdict")).isNotEqualTo("correct");
    }

    @Test
    void the_mask_colours_each_cell_right_or_wrong() {
        ExerciseView view = openExercise("exercises/jacobian");
        MatrixInput matrix = (MatrixInput) part(view, "jacobian").input;
        List<List<String>> answer = List.of(List.of("4", "0"), List.of("1", "3"), List.of("0", "cos(x2)"));
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                matrix.cells.get(i).get(j).setValue(answer.get(i).get(j));
            }
        }
        part(view, "fd-denominator").input.setAnswer(Answer.text("2*h"));
        _click(view.submit);

        assertThat(verdict(view)).isEqualTo("partially-correct");
        assertThat(matrix.cells.get(1).get(1).getElement().getAttribute("data-mask"))
                .isEqualTo("wrong");
        assertThat(matrix.cells.get(2).get(1).getElement().getAttribute("data-mask"))
                .isEqualTo("right");
        assertThat(matrix.cells.get(0).get(0).getElement().getAttribute("data-mask"))
                .isEqualTo("right");

        matrix.cells.get(1).get(1).setValue("2");
        assertThat(matrix.cells.get(1).get(1).getElement().getAttribute("data-mask"))
                .isNull();
    }

    @Test
    void hints_are_revealed_one_at_a_time_and_the_solution_on_request() {
        ExerciseView view = openExercise("exercises/chain-rule");
        HintsPanel hints = view.hints;
        int total = view.variant.hints().size();
        assertThat(hints.revealed()).isZero();

        _click(hints.next);
        assertThat(hints.revealed()).isEqualTo(1);
        assertThat(hints.next.getText()).isEqualTo("Next hint (2 of " + total + ")");
        for (int i = 1; i < total; i++) {
            _click(hints.next);
        }
        assertThat(hints.revealed()).isEqualTo(total);
        assertThat(hints.next.isVisible()).isFalse();

        assertThat(view.solution.isVisible()).isFalse();
        _click(view.showSolution);
        assertThat(view.solution.isVisible()).isTrue();
    }

    @Test
    void an_unknown_exercise_is_not_found() {
        open("exercises/no-such-exercise");

        assertThat(_find(ExerciseView.class)).isEmpty();
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }
}
