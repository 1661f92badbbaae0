package org.gradientlab.grading;

import static org.gradientlab.grading.FuzzVariants.assertSound;

import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * 20,000 random grids (0–5 rows of 0–5 cells, ragged, random contents) for a matrix part: each gets a sound
 * {@link Feedback}. Seed 20240602.
 */
class MatrixFuzzTest {

    private static final Grader GRADER = new Grader();

    @Test
    void matrix_parts_survive_20000_random_grids() {
        Variant jacobian = Catalogue.standard().byId("jacobian").orElseThrow().variant(0);
        RandomAnswers xs = new RandomAnswers(20_240_602L, List.of("x1", "x2"));
        for (int i = 0; i < 20_000; i++) {
            Map<String, Answer> a = Map.of("jacobian", Answer.grid(xs.grid()), "fd-denominator", Answer.text("2h"));
            assertSound(GRADER.check(jacobian, a, GradingSeed.practice("jacobian", i)));
        }
    }
}
