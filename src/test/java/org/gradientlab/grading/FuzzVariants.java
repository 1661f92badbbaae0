package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.VectorCheck;

/** Shared pieces of the fuzz tests: a variant with a vector part, and the soundness check of a feedback. */
final class FuzzVariants {

    private FuzzVariants() {}

    /** A variant with a vector part and a number part (no catalogue exercise has a vector part yet). */
    static Variant vector() {
        Map<String, Double> point = new LinkedHashMap<>();
        point.put("x1", 1.0);
        point.put("x2", -2.0);
        Part gradient = new Part(
                "gradient",
                AnswerType.VECTOR,
                "∇f at (1, −2)",
                2,
                Answer.entries("2*x1", "4*x2"),
                new VectorCheck(List.of("2*x1", "4*x2"), point, new Tolerance(1e-3, 1e-6)),
                List.of());
        Part norm = new Part(
                "norm",
                AnswerType.NUMBER,
                "‖∇f‖",
                1,
                Answer.text("sqrt(68)"),
                new NumberCheck(Math.sqrt(68), new Tolerance(1e-3, 1e-9), List.of()),
                List.of());
        return new Variant("fuzz", 0, "t", "e", Map.of(), List.of(gradient, norm), List.of(), "s");
    }

    /**
     * A feedback is sound when it exists, no part reports a fault of the grader itself
     * ({@link MessageKey#GRADING_FAILED}, which would mean an exception was caught), and scores lie in [0, 1].
     */
    static void assertSound(Feedback f) {
        assertThat(f).isNotNull();
        for (PartFeedback p : f.parts().values()) {
            assertThat(p.messages()).extracting(Message::key).doesNotContain(MessageKey.GRADING_FAILED);
            p.score().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
        }
        f.score().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
    }
}
