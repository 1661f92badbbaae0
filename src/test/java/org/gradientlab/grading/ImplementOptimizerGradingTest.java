package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The implement-optimizer exercise graded end to end: for every optimizer, the model answer is correct and each
 * canned mistake earns exactly its notes (or is refused as a format error); the publish self-test passes over 60
 * variants drawn freely and 50 more per optimizer.
 */
class ImplementOptimizerGradingTest {

    private static final Exercise EXERCISE =
            Catalogue.standard().byId("implement-optimizer").orElseThrow();
    private static final Grader GRADER = new Grader();
    private static final String[][] OPTIMIZERS = {
        {"adam", "velocity"},
        {"adamw", "velocity"},
        {"momentum", "velocity"},
        {"momentum", "heavy-ball"},
        {"momentum", "ema"},
        {"adagrad", "velocity"},
        {"rmsprop", "velocity"}
    };

    @TestFactory
    Stream<DynamicTest> model_answers_are_correct_and_canned_mistakes_earn_their_notes() {
        return Stream.of(OPTIMIZERS).flatMap(o -> {
            Variant v = EXERCISE.variant(0, Map.of("optimizer", o[0], "momentum-form", o[1]));
            Part part = v.parts().getFirst();
            GradingSeed seed = GradingSeed.practice(EXERCISE.id(), 0);
            Stream<DynamicTest> model =
                    Stream.of(DynamicTest.dynamicTest(o[0] + "/" + o[1] + ": model answer", () -> assertThat(
                                    GRADER.check(v, v.modelAnswers(), seed).verdict())
                            .isEqualTo(Verdict.CORRECT)));
            Stream<DynamicTest> canned = part.canned().stream()
                    .map(c -> DynamicTest.dynamicTest(o[0] + "/" + o[1] + ": " + c.label(), () -> {
                        PartFeedback f = GRADER.check(v, Map.of(part.id(), c.answer()), seed)
                                .parts()
                                .get(part.id());
                        assertThat(f.notes()).containsExactlyInAnyOrderElementsOf(c.notes());
                        if (c.invalid()) {
                            assertThat(f.verdict()).isEqualTo(Verdict.INVALID);
                        } else {
                            assertThat(f.verdict()).isIn(Verdict.INCORRECT, Verdict.PARTIALLY_CORRECT);
                        }
                    }));
            return Stream.concat(model, canned);
        });
    }

    @TestFactory
    Stream<DynamicTest> every_variant_passes_the_publish_self_test() {
        VariantSelfTest selfTest = new VariantSelfTest(GRADER);
        Stream<DynamicTest> free = Stream.of(DynamicTest.dynamicTest("60 variants", () -> assertThat(
                        selfTest.run(EXERCISE, Map.of(), 0, 60).failures())
                .isEmpty()));
        Stream<DynamicTest> fixed = Stream.of(OPTIMIZERS)
                .map(o -> DynamicTest.dynamicTest("50 variants of " + o[0] + "/" + o[1], () -> assertThat(
                                selfTest.run(EXERCISE, Map.of("optimizer", o[0], "momentum-form", o[1]), 0, 50)
                                        .failures())
                        .isEmpty()));
        return Stream.concat(free, fixed);
    }

    @TestFactory
    Stream<DynamicTest> every_canned_answer_is_wrong_in_its_declared_way() {
        return Stream.of(OPTIMIZERS)
                .map(o -> DynamicTest.dynamicTest(o[0] + "/" + o[1], () -> {
                    Part part = EXERCISE.variant(0, Map.of("optimizer", o[0], "momentum-form", o[1]))
                            .parts()
                            .getFirst();
                    assertThat(part.canned()).extracting(CannedAnswer::invalid).contains(true, false);
                    assertThat(part.canned())
                            .allSatisfy(c -> assertThat(c.answer()).isNotEqualTo(part.modelAnswer()));
                    assertThat(part.modelAnswer()).isInstanceOf(Answer.Text.class);
                }));
    }
}
