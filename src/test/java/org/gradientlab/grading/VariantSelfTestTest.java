package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Domain;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.ExpressionCheck;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The publish check: every variant's model answer passes and its canned wrong answers fail as declared. */
class VariantSelfTestTest {

    private static final int VARIANTS = 60;
    private final VariantSelfTest selfTest = new VariantSelfTest();

    @TestFactory
    Stream<DynamicTest> every_catalogue_exercise_passes_over_sixty_variants() {
        return Catalogue.standard().all().stream()
                .map(e -> DynamicTest.dynamicTest(e.id(), () -> {
                    SelfTestReport report = selfTest.run(e, Map.of(), 0, VARIANTS);
                    assertThat(report.failures()).as(e.id()).isEmpty();
                    assertThat(report.variants()).isEqualTo(VARIANTS);
                }));
    }

    @Test
    void instructor_chosen_functions_pass_the_self_test() {
        org.gradientlab.exercises.Exercise chain =
                Catalogue.standard().byId("chain-rule").orElseThrow();
        for (String f : List.of("tanh(3x) + x^2", "ln(x)^2", "exp(sin(x))", "x sin(x)", "(x^2 + 1)^(1/2)")) {
            assertThat(selfTest.run(chain, Map.of("function", f), 0, 3).failures())
                    .as(f)
                    .isEmpty();
        }
    }

    /** An exercise whose authors made mistakes, to show that the self-test reports them. */
    private static Exercise broken(String model, CannedAnswer canned) {
        return new Exercise() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String title() {
                return "Broken";
            }

            @Override
            public String unit() {
                return "Tests";
            }

            @Override
            public String summary() {
                return "";
            }

            @Override
            public List<Parameter> parameters() {
                return List.of();
            }

            @Override
            public Variant variant(int number, Map<String, String> overrides) {
                if (number == 2) {
                    throw new IllegalStateException("variant 2 cannot be made");
                }
                Part p = new Part(
                        "d",
                        AnswerType.EXPRESSION,
                        "d/dx x^3",
                        1,
                        Answer.text(model),
                        ExpressionCheck.derivative(
                                "3*x^2", "x^3", Domain.symmetric(List.of("x"), 2), java.util.Set.of()),
                        List.of(canned));
                return new Variant("broken", number, "t", "e", Map.of(), List.of(p), List.of(), "s");
            }
        };
    }

    @Test
    void a_wrong_model_answer_is_reported_with_the_variant_and_part() {
        SelfTestReport r = selfTest.run(
                broken("3*x^3", CannedAnswer.of("x", Answer.text("6x^2"), Note.CONSTANT_FACTOR)), Map.of(), 0, 2);
        assertThat(r.passed()).isFalse();
        assertThat(r.failures())
                .extracting(SelfTestReport.Failure::check)
                .containsExactly(SelfTestReport.Check.MODEL_ANSWER, SelfTestReport.Check.MODEL_ANSWER);
        assertThat(r.failures()).extracting(SelfTestReport.Failure::variant).containsExactly(0, 1);
        assertThat(r.failures().getFirst().partId()).isEqualTo("d");
        assertThat(r.failures().getFirst().reason()).startsWith("incorrect");
    }

    @Test
    void a_canned_answer_with_the_wrong_notes_is_reported() {
        SelfTestReport r = selfTest.run(
                broken("3*x^2", CannedAnswer.of("doubled", Answer.text("6x^2"), Note.SIGN_ERROR)), Map.of(), 0, 1);
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(SelfTestReport.Check.CANNED_ANSWER);
            assertThat(f.label()).isEqualTo("doubled");
            assertThat(f.reason()).contains("sign-error").contains("constant-factor");
        });
    }

    @Test
    void a_canned_answer_that_is_actually_right_is_reported() {
        SelfTestReport r = selfTest.run(broken("3*x^2", CannedAnswer.of("oops", Answer.text("3x^2"))), Map.of(), 0, 1);
        assertThat(r.failures())
                .singleElement()
                .extracting(SelfTestReport.Failure::check)
                .isEqualTo(SelfTestReport.Check.CANNED_ANSWER);
    }

    @Test
    void a_canned_format_error_must_be_invalid() {
        SelfTestReport ok =
                selfTest.run(broken("3*x^2", CannedAnswer.invalid("typo", Answer.text("3x^"))), Map.of(), 0, 1);
        assertThat(ok.passed()).isTrue();
        SelfTestReport notInvalid =
                selfTest.run(broken("3*x^2", CannedAnswer.invalid("typo", Answer.text("3x^3"))), Map.of(), 0, 1);
        assertThat(notInvalid.passed()).isFalse();
    }

    @Test
    void a_variant_that_cannot_be_made_is_reported() {
        SelfTestReport r = selfTest.run(
                broken("3*x^2", CannedAnswer.of("x", Answer.text("6x^2"), Note.CONSTANT_FACTOR)), Map.of(), 2, 1);
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(SelfTestReport.Check.VARIANT);
            assertThat(f.reason()).contains("cannot be made");
        });
    }
}
