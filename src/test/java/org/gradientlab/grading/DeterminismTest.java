package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/** Grading is a function of (exercise, variant, student, attempt) and the answers (DESIGN §5). */
class DeterminismTest {

    private static final Variant V =
            Catalogue.standard().byId("chain-rule").orElseThrow().variant(0);
    private static final Map<String, Answer> WRONG = Map.of("derivative", Answer.text("2x sin(x^2)"));

    @Test
    void regrading_with_the_same_seed_gives_the_same_feedback() {
        GradingSeed seed = new GradingSeed("chain-rule", 0, "student-17", 3);
        assertThat(new Grader().check(V, WRONG, seed)).isEqualTo(new Grader().check(V, WRONG, seed));
    }

    @Test
    void other_attempts_sample_other_points_but_reach_the_same_verdict() {
        Set<String> points = new HashSet<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            Feedback f = new Grader().check(V, WRONG, new GradingSeed("chain-rule", 0, "student-17", attempt));
            assertThat(f.verdict()).isEqualTo(Verdict.INCORRECT);
            points.add(f.parts().get("derivative").messages().getFirst().args().getFirst());
        }
        assertThat(points).hasSizeGreaterThan(1);
    }

    @Test
    void the_seed_value_depends_on_every_field_and_only_on_them() {
        GradingSeed s = new GradingSeed("chain-rule", 0, "a", 1);
        assertThat(s.value()).isEqualTo(new GradingSeed("chain-rule", 0, "a", 1).value());
        assertThat(Set.of(
                        s.value(),
                        new GradingSeed("jacobian", 0, "a", 1).value(),
                        new GradingSeed("chain-rule", 1, "a", 1).value(),
                        new GradingSeed("chain-rule", 0, "b", 1).value(),
                        new GradingSeed("chain-rule", 0, "a", 2).value()))
                .hasSize(5);
    }
}
