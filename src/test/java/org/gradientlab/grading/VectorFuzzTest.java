package org.gradientlab.grading;

import static org.gradientlab.grading.FuzzVariants.assertSound;

import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * 50,000 random answers to vector, number and number-set parts (lists of random length and contents): each gets
 * a sound {@link Feedback}. Seeds 20240604 and 20240605.
 */
class VectorFuzzTest {

    private static final Grader GRADER = new Grader();

    @Test
    void vector_and_number_parts_survive_40000_random_answers() {
        Variant vector = FuzzVariants.vector();
        RandomAnswers xs = new RandomAnswers(20_240_604L, List.of("x1", "x2"));
        for (int i = 0; i < 20_000; i++) {
            Map<String, Answer> a =
                    Map.of("gradient", new Answer.Entries(xs.entries()), "norm", Answer.text(xs.text()));
            assertSound(GRADER.check(vector, a, GradingSeed.practice("fuzz", i)));
        }
    }

    @Test
    void number_set_and_number_parts_survive_10000_random_answers() {
        Variant race = Catalogue.standard().byId("lr-race").orElseThrow().variant(0);
        RandomAnswers x = new RandomAnswers(20_240_605L, List.of("x"));
        for (int i = 0; i < 5_000; i++) {
            Map<String, Answer> r =
                    Map.of("diverging-rates", new Answer.Entries(x.entries()), "threshold", Answer.text(x.text()));
            assertSound(GRADER.check(race, r, GradingSeed.practice("lr-race", i)));
        }
    }
}
