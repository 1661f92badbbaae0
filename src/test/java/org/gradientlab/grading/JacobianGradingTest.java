package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.exercises.Note.CONSTANT_FACTOR;
import static org.gradientlab.exercises.Note.TRANSPOSED_JACOBIAN;
import static org.gradientlab.exercises.Note.UNKNOWN_VARIABLE;
import static org.gradientlab.exercises.Note.WRONG_ENTRY;
import static org.gradientlab.grading.Verdict.CORRECT;
import static org.gradientlab.grading.Verdict.INCORRECT;
import static org.gradientlab.grading.Verdict.INVALID;
import static org.gradientlab.grading.Verdict.PARTIALLY_CORRECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.MatrixCheck;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Answers to the Jacobian exercise (variant 0: f = [x1², x1·x2, sin x2] at (2, 1), J = [[4, 0], [1, 2],
 * [0, cos 1]]), graded per cell: verdicts, scores, notes and masks.
 */
class JacobianGradingTest {

    private static final Grader GRADER = new Grader();
    private static final Variant V0 =
            Catalogue.standard().byId("jacobian").orElseThrow().variant(0);

    private static List<List<String>> rows(String... rows) {
        List<List<String>> out = new ArrayList<>();
        for (String r : rows) {
            out.add(List.of(r.split(";", -1)));
        }
        return out;
    }

    /** Expected score: right cells over max(6, cells entered). */
    private static Arguments row(List<List<String>> grid, Verdict verdict, double score, Note... notes) {
        return Arguments.of(grid, verdict, score, List.of(notes));
    }

    static Stream<Arguments> grids() {
        return Stream.of(
                row(rows("2*x1;0", "x2;x1", "0;cos(x2)"), CORRECT, 1),
                row(rows("4;0", "1;2", "0;0.5403"), CORRECT, 1),
                row(rows("4;0", "1;2", "0;0.540"), CORRECT, 1),
                row(rows("4;0", "1;2", "0;cos(1)"), CORRECT, 1),
                row(rows("2x1;0", "x2;x1", "0;cos x2"), CORRECT, 1),
                row(rows("2·x1;0", "x2;x1", "0;cos(x2)"), CORRECT, 1),
                row(rows(" 4 ;0", "1; 2", "0;  0.54030"), CORRECT, 1),
                row(rows("4;0", "1;2", "0;0.5"), PARTIALLY_CORRECT, 5.0 / 6, WRONG_ENTRY),
                row(rows("x1^2;0", "x2;x1", "0;sin(x2)"), PARTIALLY_CORRECT, 5.0 / 6, WRONG_ENTRY),
                row(rows("0;4", "1;2", "0;cos(1)"), PARTIALLY_CORRECT, 4.0 / 6, WRONG_ENTRY),
                row(rows("4;1;0", "0;2;cos(1)"), INCORRECT, 0, TRANSPOSED_JACOBIAN),
                row(rows("2*x1;x2;0", "0;x1;cos(x2)"), INCORRECT, 0, TRANSPOSED_JACOBIAN),
                row(rows("4;1;0", "0;2;1"), INCORRECT, 0, TRANSPOSED_JACOBIAN, WRONG_ENTRY),
                row(rows("4", "1", "0"), PARTIALLY_CORRECT, 3.0 / 6, WRONG_ENTRY),
                row(rows("4;0", "1;2", "0;cos(1)", "0;0"), PARTIALLY_CORRECT, 6.0 / 8, WRONG_ENTRY),
                row(rows("4;0;9", "1;2", "0;cos(1)"), PARTIALLY_CORRECT, 6.0 / 7, WRONG_ENTRY),
                row(rows("1;1", "1;1", "1;1"), PARTIALLY_CORRECT, 1.0 / 6, WRONG_ENTRY),
                row(rows("5;5", "5;5", "5;5"), INCORRECT, 0, WRONG_ENTRY),
                row(rows("x3;0", "1;2", "0;cos(1)"), INVALID, 0, UNKNOWN_VARIABLE),
                row(rows("4;", "1;2", "0;cos(1)"), INVALID, 0),
                row(rows("4;0", "1;2*", "0;cos(1)"), INVALID, 0),
                row(rows("4;0", "1;2", "0;1/0"), INVALID, 0),
                row(List.of(), INVALID, 0));
    }

    @ParameterizedTest(name = "{0} is {1} ({2}) {3}")
    @MethodSource("grids")
    void cells_are_graded_one_by_one(List<List<String>> grid, Verdict verdict, double score, List<Note> notes) {
        Feedback f = GRADER.check(
                V0,
                Map.of("jacobian", Answer.grid(grid), "fd-denominator", Answer.text("2h")),
                GradingSeed.practice("jacobian", 0));
        PartFeedback part = f.parts().get("jacobian");
        assertThat(part.verdict()).isEqualTo(verdict);
        assertThat(part.notes()).containsExactlyInAnyOrderElementsOf(notes);
        if (verdict == INVALID) {
            assertThat(part.score()).isEmpty();
            assertThat(f.verdict()).isEqualTo(INVALID);
            assertThat(part.messages()).isNotEmpty();
        } else {
            assertThat(part.score().getAsDouble()).isCloseTo(score, within(1e-12));
            Mask.Cells mask = (Mask.Cells) part.mask().orElseThrow();
            assertThat(mask.rows()).hasSameSizeAs(grid);
            for (int r = 0; r < grid.size(); r++) {
                assertThat(mask.rows().get(r)).hasSameSizeAs(grid.get(r));
            }
        }
    }

    @Test
    void mask_marks_the_wrong_cell() {
        Feedback f = GRADER.check(
                V0,
                Map.of("jacobian", Answer.grid(rows("4;0", "1;2", "0;0.5")), "fd-denominator", Answer.text("2h")),
                GradingSeed.practice("jacobian", 0));
        assertThat(f.parts().get("jacobian").mask().orElseThrow().asList())
                .isEqualTo(List.of(List.of(true, true), List.of(true, true), List.of(true, false)));
        assertThat(f.parts().get("jacobian").messages())
                .extracting(Message::key)
                .containsExactly(MessageKey.WRONG_CELL);
        assertThat(f.parts().get("jacobian").messages().getFirst().args()).containsExactly("3", "2");
    }

    @Test
    void parts_combine_by_weight_three_to_one() {
        Feedback f = GRADER.check(
                V0,
                Map.of("jacobian", Answer.grid(rows("4;0", "1;2", "0;0.5")), "fd-denominator", Answer.text("2h")),
                GradingSeed.practice("jacobian", 0));
        // (3 · 5/6 + 1 · 1) / 4
        assertThat(f.score().getAsDouble()).isCloseTo(0.875, within(1e-12));
        assertThat(f.verdict()).isEqualTo(PARTIALLY_CORRECT);
    }

    static Stream<Arguments> denominators() {
        return Stream.of(
                Arguments.of("2h", CORRECT, List.of()),
                Arguments.of("2*h", CORRECT, List.of()),
                Arguments.of("h + h", CORRECT, List.of()),
                Arguments.of("(2h)", CORRECT, List.of()),
                Arguments.of("h", INCORRECT, List.of(CONSTANT_FACTOR)),
                Arguments.of("4h", INCORRECT, List.of(CONSTANT_FACTOR)),
                Arguments.of("2h^2", INCORRECT, List.of()),
                Arguments.of("2x", INVALID, List.of(UNKNOWN_VARIABLE)));
    }

    @ParameterizedTest(name = "denominator \"{0}\" is {1}")
    @MethodSource("denominators")
    void the_central_difference_denominator_is_2h(String answer, Verdict verdict, List<Note> notes) {
        Feedback f = GRADER.check(
                V0,
                Map.of("jacobian", V0.modelAnswers().get("jacobian"), "fd-denominator", Answer.text(answer)),
                GradingSeed.practice("jacobian", 0));
        assertThat(f.parts().get("fd-denominator").verdict()).isEqualTo(verdict);
        assertThat(f.parts().get("fd-denominator").notes()).containsExactlyInAnyOrderElementsOf(notes);
    }

    @Test
    void reference_case_s000_jacobian_analytic_matrix_is_the_variant_zero_reference() {
        JsonNode anal = ReferenceData.outputs("s000-jacobian").get("J_anal");
        MatrixCheck check = (MatrixCheck) V0.part("jacobian").orElseThrow().check();
        for (int r = 0; r < 3; r++) {
            double[] expected = ReferenceData.vector(anal.get(r));
            double[] cells = VectorGrader.evaluate(check.cells().get(r), check.point());
            // same formulas evaluated in double: agreement to round-off
            assertThat(cells[0]).isCloseTo(expected[0], within(1e-15));
            assertThat(cells[1]).isCloseTo(expected[1], within(1e-15));
        }
    }

    @Test
    void reference_case_s000_jacobian_central_differences_typed_as_numbers_are_accepted() {
        JsonNode num = ReferenceData.outputs("s000-jacobian").get("J_num");
        List<List<String>> grid = new ArrayList<>();
        for (JsonNode row : num) {
            grid.add(List.of(row.get(0).asString(), row.get(1).asString()));
        }
        Feedback f = GRADER.check(
                V0,
                Map.of("jacobian", Answer.grid(grid), "fd-denominator", Answer.text("2h")),
                GradingSeed.practice("jacobian", 0));
        // the course's h = 1e-5 differences are within ~3e-11 of J, far inside the cells' 1e-3 relative tolerance
        assertThat(f.verdict()).isEqualTo(CORRECT);
    }
}
