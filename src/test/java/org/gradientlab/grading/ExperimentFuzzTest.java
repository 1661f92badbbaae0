package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.grading.FuzzVariants.assertSound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.ExperimentCheck;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * Random settings for every experiment part of the optimisation block (seed 20240612), and JSON values of any shape
 * for every part of its exercises (seed 13): each gets sound feedback — graded or refused, never a grading fault.
 */
class ExperimentFuzzTest {

    private static final Grader GRADER = new Grader();
    private static final String[] EXERCISES = {
        "momentum",
        "implement-optimizer",
        "linear-regression",
        "optimizer-comparison",
        "neural-net",
        "lr-schedules",
        "batch-size"
    };

    @Test
    void a_thousand_random_settings_are_run_or_refused_without_a_fault() {
        SplittableRandom random = new SplittableRandom(20240612L);
        List<Variant> variants = new ArrayList<>();
        for (String id : new String[] {"momentum", "linear-regression", "lr-schedules", "neural-net"}) {
            variants.add(Catalogue.standard().byId(id).orElseThrow().variant(0));
        }
        int graded = 0;
        int refused = 0;
        for (int i = 0; i < 1000; i++) {
            // The network trains for real, so it gets one answer in ten.
            Variant v = variants.get(i % 10 == 0 ? 3 : i % 3);
            for (Part p : v.parts()) {
                if (p.check() instanceof ExperimentCheck c) {
                    Map<String, Answer> answers = new LinkedHashMap<>(v.modelAnswers());
                    answers.put(p.id(), Answer.settings(settings(c, random)));
                    PartFeedback f = GRADER.check(v, answers, GradingSeed.practice(v.exerciseId(), i))
                            .parts()
                            .get(p.id());
                    assertThat(f.messages()).extracting(Message::key).doesNotContain(MessageKey.GRADING_FAILED);
                    assertThat(f.verdict()).isNotEqualTo(Verdict.UNVERIFIABLE);
                    if (f.verdict().isGraded()) {
                        graded++;
                    } else {
                        refused++;
                        assertThat(f.messages()).isNotEmpty();
                    }
                }
            }
        }
        assertThat(graded).isGreaterThan(200);
        assertThat(refused).isGreaterThan(100);
    }

    @Test
    void json_values_of_any_shape_give_feedback_for_every_part() {
        RandomAnswers any = new RandomAnswers(13L, List.of("x"));
        List<Variant> variants = new ArrayList<>();
        for (String id : EXERCISES) {
            variants.add(Catalogue.standard().byId(id).orElseThrow().variant(0));
        }
        for (int i = 0; i < 1000; i++) {
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

    /** Mostly the check's own keys with values across many magnitudes; now and then garbage, gaps and extras. */
    private static Map<String, String> settings(ExperimentCheck check, SplittableRandom random) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ExperimentCheck.Setting s : check.settings()) {
            if (random.nextInt(15) == 0) {
                continue;
            }
            String value =
                    switch (s.kind()) {
                        case SCHEDULE ->
                            random.nextInt(8) == 0
                                    ? "sgdr"
                                    : List.copyOf(check.schedules().keySet())
                                            .get(random.nextInt(
                                                    check.schedules().size()));
                        case LENGTH ->
                            Long.toString(
                                    random.nextInt(8) == 0
                                            ? random.nextLong(-10, Long.MAX_VALUE)
                                            : random.nextInt(0, (int) s.high() + 5));
                        case NUMBER ->
                            random.nextInt(10) == 0
                                    ? "-" + random.nextDouble()
                                    : Double.toString(Math.pow(10, random.nextDouble(-6, 2.5)));
                    };
            out.put(s.name(), random.nextInt(25) == 0 ? value + ")" : value);
        }
        if (random.nextInt(12) == 0) {
            out.put("momentum", "0.9");
        }
        return out;
    }
}
