package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.Domain;
import org.gradientlab.exercises.ExpressionCheck;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.junit.jupiter.api.Test;

/** Numeric equivalence at seeded points (DESIGN §5): tolerances, undefined values, unverifiable references. */
class EquivalenceTest {

    private static final Grader GRADER = new Grader();

    private static PartFeedback grade(String reference, double low, double high, String answer) {
        ExpressionCheck check = ExpressionCheck.expression(reference, Domain.uniform(List.of("x"), low, high));
        Part p = new Part("f", AnswerType.EXPRESSION, "p", 1, Answer.text(reference), check, List.of());
        Variant v = new Variant("eq", 0, "t", "e", Map.of(), List.of(p), List.of(), "s");
        Feedback f = GRADER.check(v, Map.of("f", Answer.text(answer)), GradingSeed.practice("eq", 0));
        assertThat(f.verdict()).isEqualTo(f.parts().get("f").verdict());
        return f.parts().get("f");
    }

    @Test
    void relative_differences_below_1e_8_pass_and_above_fail() {
        // on [1, 2] the bound is 1e-10 + 1e-8·|x| ≥ 1e-8·|x|: 1e-9 relative passes, 1e-7 fails
        assertThat(grade("x", 1, 2, "x*(1 + 1e-9)").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade("x", 1, 2, "x*(1 + 1e-7)").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void absolute_tolerance_1e_10_governs_near_zero() {
        assertThat(grade("0*x", -1, 1, "1e-11").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade("0*x", -1, 1, "1e-9").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void an_answer_undefined_where_the_reference_is_defined_is_wrong_and_names_the_point() {
        PartFeedback p = grade("x^2", -1, 1, "sqrt(x)^4");
        assertThat(p.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(p.notes()).containsExactly(Note.UNDEFINED_AT_POINT);
        Message m = p.messages().getFirst();
        assertThat(m.key()).isEqualTo(MessageKey.UNDEFINED_AT);
        // sqrt is undefined for x < 0 only, so the named point is negative
        assertThat(m.args().getFirst()).startsWith("x = -");
    }

    @Test
    void nan_answers_never_match_even_a_nan_reference_point() {
        PartFeedback p = grade("x", -1, 1, "0/0");
        assertThat(p.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(p.notes()).containsExactly(Note.UNDEFINED_AT_POINT);
    }

    @Test
    void points_where_the_reference_is_undefined_are_skipped_not_compared() {
        // half the domain has sqrt(x) = NaN; those points are rejected, the rest decide
        assertThat(grade("sqrt(x)", -1, 1, "x^0.5").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade("sqrt(x)", -1, 1, "abs(x)^0.5").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void huge_reference_values_are_skipped() {
        // exp(x) > 1e10 for x > 23.03: those points are rejected, the rest still decide
        assertThat(grade("exp(x)", 0, 30, "e^x").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade("exp(x)", 0, 30, "2 e^x").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void too_few_valid_points_make_the_answer_unverifiable_never_wrong() {
        PartFeedback undefined = grade("sqrt(-1 - x^2)", -1, 1, "x");
        assertThat(undefined.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(undefined.score()).isEmpty();
        assertThat(undefined.messages()).extracting(Message::key).containsExactly(MessageKey.UNVERIFIABLE);
        assertThat(undefined.messages().getFirst().args()).containsExactly("0", "12");
        PartFeedback huge = grade("exp(x)", 25, 30, "exp(x)");
        assertThat(huge.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void constant_factor_sign_and_shift_are_recognised_without_a_derivative() {
        assertThat(grade("2*x", 1, 2, "x").notes()).containsExactly(Note.CONSTANT_FACTOR);
        assertThat(grade("2*x", 1, 2, "-2x").notes()).containsExactly(Note.SIGN_ERROR);
        assertThat(grade("2*x", 1, 2, "2x + 5").notes()).containsExactly(Note.EXTRA_CONSTANT);
        assertThat(grade("2*x", 1, 2, "x^2").notes()).isEmpty();
        assertThat(grade("2*x", 1, 2, "x").messages().getFirst().args()).containsExactly("1/2");
    }

    @Test
    void wrong_answers_without_a_diagnosis_name_a_point_and_both_values() {
        PartFeedback p = grade("x", 1, 2, "x^2");
        assertThat(p.messages()).extracting(Message::key).containsExactly(MessageKey.DIFFERS_AT);
        assertThat(p.messages().getFirst().args()).hasSize(3);
    }
}
