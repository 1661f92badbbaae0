package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The publish check over 60 variants of each of neural-net, lr-schedules and batch-size: every model answer is
 * graded correct and every canned wrong answer is graded wrong with exactly its notes.
 */
class TrainingExercisesSelfTest {

    private static final int VARIANTS = 60;
    static final String[] IDS = {"neural-net", "lr-schedules", "batch-size"};

    @TestFactory
    Stream<DynamicTest> each_exercise_passes_its_self_test_over_sixty_variants() {
        VariantSelfTest selfTest = new VariantSelfTest();
        return Stream.of(IDS)
                .map(id -> DynamicTest.dynamicTest(id, () -> {
                    Exercise exercise =
                            Catalogue.standard().byId(id).orElseThrow(() -> new AssertionError("no exercise " + id));
                    SelfTestReport report = selfTest.run(exercise, Map.of(), 0, VARIANTS);
                    assertThat(report.failures()).as(id).isEmpty();
                    assertThat(report.variants()).isEqualTo(VARIANTS);
                }));
    }
}
