package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.grading.FuzzVariants.assertSound;

import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * 30,000 random answers (garbage, pasted Unicode, random and broken expressions, extreme numbers) to expression
 * parts: each gets a sound {@link Feedback}. Seeds 20240601–20240603.
 */
class ExpressionFuzzTest {

    private static final Grader GRADER = new Grader();

    @Test
    void derivative_parts_survive_20000_random_answers() {
        Catalogue c = Catalogue.standard();
        List<Variant> chain = List.of(
                c.byId("chain-rule").orElseThrow().variant(0),
                c.byId("chain-rule").orElseThrow().variant(3),
                c.byId("chain-rule").orElseThrow().variant(5));
        RandomAnswers x = new RandomAnswers(20_240_601L, List.of("x"));
        int valid = 0;
        for (int i = 0; i < 20_000; i++) {
            Variant v = chain.get(i % chain.size());
            Feedback f = GRADER.check(
                    v, Map.of("derivative", Answer.text(x.text())), GradingSeed.practice(v.exerciseId(), i));
            assertSound(f);
            valid += f.isGraded() ? 1 : 0;
        }
        // the mix must exercise grading, not only the parser's refusals
        assertThat(valid).isGreaterThan(5_000);
    }

    @Test
    void plain_expression_parts_survive_10000_random_answers() {
        Variant jacobian = Catalogue.standard().byId("jacobian").orElseThrow().variant(0);
        RandomAnswers h = new RandomAnswers(20_240_603L, List.of("h"));
        for (int i = 0; i < 10_000; i++) {
            Map<String, Answer> a = Map.of(
                    "jacobian", jacobian.modelAnswers().get("jacobian"), "fd-denominator", Answer.text(h.text()));
            assertSound(GRADER.check(jacobian, a, GradingSeed.practice("jacobian", i)));
        }
    }
}
