package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.junit.jupiter.api.Test;

/**
 * Random update-rule texts (seed 20240611) never make the grader fail: each is graded or refused with
 * positioned messages, and its preview can be shown.
 */
class OptimizerRuleFuzzTest {

    private static final Grader GRADER = new Grader();
    private static final String[] PIECES = {
        "x", "g", "m", "v", "mhat", "vhat", "G", "s", "lr", "beta", "beta1", "beta2", "rho", "eps", "wd", "t", "tmp",
        "=", "=", ":=", "←", "+", "-", "*", "/", "^", "**", "(", ")", "(", ")", "sqrt(", "exp(", "log(", "abs(", "0",
        "1", "2", "0.5", "1e-8", "1e308", "1e-320", "\n", "\n", ";", "#", " ", " ", "β₁", "α", "ε", "²", "·", "m̂",
        "x1", "sin", "step", "e", "pi", ",", "[", "]", "==", "!", "\t", "\r\n", "𝑥", "\u0000"
    };
    private static final String[][] SETTINGS = {
        {"adam", "velocity"},
        {"adamw", "velocity"},
        {"momentum", "velocity"},
        {"momentum", "heavy-ball"},
        {"momentum", "ema"},
        {"adagrad", "velocity"},
        {"rmsprop", "velocity"}
    };

    @Test
    void a_thousand_random_rule_texts_are_graded_or_refused_without_a_fault() {
        SplittableRandom random = new SplittableRandom(20240611L);
        int graded = 0;
        int refused = 0;
        for (int i = 0; i < 1200; i++) {
            String[] setting = SETTINGS[i % SETTINGS.length];
            Variant variant = OptimizerRuleGraderTest.variant(setting[0], setting[1]);
            Part part = variant.parts().getFirst();
            String text = i % 2 == 0 ? soup(random) : mutated(((Answer.Text) part.modelAnswer()).text(), random);
            PartFeedback f = GRADER.check(
                            variant,
                            Map.of(part.id(), Answer.text(text)),
                            GradingSeed.practice("implement-optimizer", 0))
                    .parts()
                    .get(part.id());
            assertThat(f.messages()).as(text).extracting(Message::key).doesNotContain(MessageKey.GRADING_FAILED);
            assertThat(f.verdict()).as(text).isNotEqualTo(Verdict.UNVERIFIABLE);
            if (f.verdict() == Verdict.INVALID) {
                refused++;
                assertThat(f.messages()).as(text).isNotEmpty();
                int lines = text.split("\\r\\n|\\r|\\n", -1).length;
                f.messages().stream()
                        .filter(m -> m.key().key().startsWith("rule-")
                                && m.key() != MessageKey.RULE_TOO_LONG
                                && m.args().size() >= 2)
                        .forEach(m -> {
                            assertThat(Integer.parseInt(m.args().get(0)))
                                    .as(text)
                                    .isBetween(1, lines);
                            assertThat(Integer.parseInt(m.args().get(1)))
                                    .as(text)
                                    .isPositive();
                        });
            } else {
                graded++;
            }
            Preview p = GRADER.preview(variant, part.id(), Answer.text(text));
            assertThat(p.readable()).as(text).isEqualTo(f.verdict() != Verdict.INVALID);
        }
        // Both kinds must occur, or the fuzz would only exercise one side.
        assertThat(graded).isGreaterThan(100);
        assertThat(refused).isGreaterThan(100);
    }

    private static String soup(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(1, 40);
        for (int k = 0; k < n; k++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) == 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** The model answer with a few pieces inserted, deleted or replaced. */
    private static String mutated(String model, SplittableRandom random) {
        StringBuilder out = new StringBuilder(model);
        int edits = random.nextInt(0, 4);
        for (int k = 0; k < edits; k++) {
            int at = random.nextInt(out.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, PIECES[random.nextInt(PIECES.length)]);
                case 1 -> {
                    if (at < out.length()) {
                        out.deleteCharAt(at);
                    }
                }
                default -> out.replace(at, Math.min(out.length(), at + 1), PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return out.toString();
    }
}
