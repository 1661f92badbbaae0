package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.grading.FuzzVariants.assertSound;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * JSON values of any shape for every part type, random optimizer settings and update rules for the parts that
 * run the engine, and previews: every one gets a sound result. Seeds 7, 11, 13, 99.
 */
class JsonAndEngineFuzzTest {

    private static final Grader GRADER = new Grader();

    @Test
    void json_values_of_any_shape_give_feedback_for_every_part() {
        RandomAnswers any = new RandomAnswers(7L, List.of("x1", "x2"));
        Catalogue c = Catalogue.standard();
        List<Variant> variants = List.of(
                c.byId("chain-rule").orElseThrow().variant(0),
                c.byId("jacobian").orElseThrow().variant(0),
                c.byId("lr-race").orElseThrow().variant(0),
                c.byId("adam-vs-gd").orElseThrow().variant(0),
                FuzzVariants.vector());
        for (int i = 0; i < 5_000; i++) {
            Variant v = variants.get(i % variants.size());
            Map<String, Object> answers = new HashMap<>();
            for (Part p : v.parts()) {
                if (any.random().nextInt(6) != 0) {
                    answers.put(p.id(), any.json(2));
                }
            }
            Feedback f = GRADER.checkJson(v, answers, GradingSeed.practice(v.exerciseId(), i));
            assertSound(f);
            assertThat(f.parts().keySet())
                    .containsExactlyElementsOf(v.parts().stream().map(Part::id).toList());
        }
    }

    @Test
    void parts_that_run_the_engine_survive_1000_random_settings() {
        Variant v = Catalogue.standard().byId("adam-vs-gd").orElseThrow().variant(0);
        RandomAnswers r = new RandomAnswers(11L, List.of("x"));
        int graded = 0;
        for (int i = 0; i < 1_000; i++) {
            Map<String, Answer> a = Map.of(
                    "gd-settings", Answer.settings(r.settings()),
                    "adam-settings", Answer.settings(r.settings()),
                    "gd-steps",
                            Answer.text(
                                    r.random().nextInt(8) != 0
                                            ? Integer.toString(r.random().nextInt(6000))
                                            : r.text()),
                    "adam-steps", Answer.text(Integer.toString(r.random().nextInt(3000))));
            Feedback f = GRADER.check(v, a, GradingSeed.practice("adam-vs-gd", i));
            assertSound(f);
            graded += f.isGraded() ? 1 : 0;
        }
        // enough settings are well-formed that the engine really runs
        assertThat(graded).isGreaterThan(100);
    }

    @Test
    void previews_of_random_answers_never_throw() {
        Variant v = Catalogue.standard().byId("chain-rule").orElseThrow().variant(0);
        RandomAnswers x = new RandomAnswers(99L, List.of("x"));
        for (int i = 0; i < 5_000; i++) {
            Preview p = GRADER.preview(v, "derivative", Answer.text(x.text()));
            assertThat(p.readable()).isEqualTo(p.messages().isEmpty());
        }
    }
}
