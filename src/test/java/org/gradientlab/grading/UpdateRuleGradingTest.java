package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.exercises.Note.EPS_INSIDE_SQRT;
import static org.gradientlab.exercises.Note.L2_NOT_DECOUPLED;
import static org.gradientlab.exercises.Note.MISSING_BIAS_CORRECTION;
import static org.gradientlab.exercises.Note.UNKNOWN_VARIABLE;
import static org.gradientlab.grading.Verdict.CORRECT;
import static org.gradientlab.grading.Verdict.INCORRECT;
import static org.gradientlab.grading.Verdict.INVALID;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.UpdateRuleCheck;
import org.gradientlab.exercises.UpdateRuleCheck.KnownRuleMistake;
import org.gradientlab.exercises.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Update rules run next to the reference rules: Adam, with its classic mistakes. */
class UpdateRuleGradingTest {

    private static final String ADAM = """
            m = beta1*m + (1 - beta1)*g
            v = beta2*v + (1 - beta2)*g^2
            mhat = m/(1 - beta1^t)
            vhat = v/(1 - beta2^t)
            x = x - lr*mhat/(sqrt(vhat) + eps)
            """;
    private static final String NO_BIAS_CORRECTION = """
            m = beta1*m + (1 - beta1)*g
            v = beta2*v + (1 - beta2)*g^2
            x = x - lr*m/(sqrt(v) + eps)
            """;
    private static final String EPS_INSIDE = """
            m = beta1*m + (1 - beta1)*g
            v = beta2*v + (1 - beta2)*g^2
            x = x - lr*(m/(1 - beta1^t))/sqrt(v/(1 - beta2^t) + eps)
            """;

    private static UpdateRuleCheck adam(double eps, String reference, List<KnownRuleMistake> mistakes, double wd) {
        Map<String, Double> state = new LinkedHashMap<>();
        state.put("m", 0.0);
        state.put("v", 0.0);
        Map<String, Double> constants = new LinkedHashMap<>();
        constants.put("lr", 0.01);
        constants.put("beta1", 0.9);
        constants.put("beta2", 0.999);
        constants.put("eps", eps);
        constants.put("wd", wd);
        return new UpdateRuleCheck(reference, state, constants,
                List.of(new UpdateRuleCheck.Run("rosenbrock", List.of(-0.5, 0.5)),
                        new UpdateRuleCheck.Run("ravine", List.of(3.0, 2.0))),
                20, new Tolerance(1e-9, 1e-12), mistakes);
    }

    private static Variant variant(UpdateRuleCheck check) {
        Part p = new Part("rules", AnswerType.UPDATE_RULE, "Write Adam's update.", 1, Answer.text(check.reference()),
                check, List.of());
        return new Variant("implement-optimizer", 0, "t", "e", Map.of(), List.of(p), List.of(), "s");
    }

    /** ε = 1e-3 makes ε inside or outside the root visible at 1e-9. */
    private static final Variant ADAM_VARIANT = variant(adam(1e-3, ADAM, List.of(
            new KnownRuleMistake(NO_BIAS_CORRECTION, MISSING_BIAS_CORRECTION, "Adam without the bias correction"),
            new KnownRuleMistake(EPS_INSIDE, EPS_INSIDE_SQRT, "ε added under the square root")), 0));

    private static PartFeedback grade(Variant v, String rules) {
        return new Grader().check(v, Map.of("rules", Answer.text(rules)), GradingSeed.practice("implement-optimizer", 0))
                .parts().get("rules");
    }

    @Test
    void the_reference_rules_follow_the_engines_adam_exactly() {
        UpdateRuleCheck check = adam(1e-8, ADAM, List.of(), 0);
        List<UpdateRules.Assignment> rules = ((Reading.Readable<List<UpdateRules.Assignment>>)
                UpdateRules.read(check, ADAM)).value();
        double[][][][] trace = UpdateRuleGrader.trace(check, rules);
        Optimizer engine = OptimizerSpec.adam(0.01).create();
        double[] x = {-0.5, 0.5};
        for (int k = 0; k < 20; k++) {
            engine.step(x, Landscapes.ROSENBROCK);
            // the same formulas in a possibly different order of operations: agreement to round-off
            assertThat(trace[0][k][0][0]).isCloseTo(x[0], within(1e-12));
            assertThat(trace[0][k][1][0]).isCloseTo(x[1], within(1e-12));
        }
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of(ADAM, CORRECT, List.of()),
                Arguments.of("""
                        # moments
                        m ← beta1 m + (1 − beta1) g
                        v := beta2 v + (1 - beta2) g²
                        x <- x - lr (m/(1 - beta1^t)) / (sqrt(v/(1 - beta2^t)) + eps)
                        """, CORRECT, List.of()),
                Arguments.of(NO_BIAS_CORRECTION, INCORRECT, List.of(MISSING_BIAS_CORRECTION)),
                Arguments.of(EPS_INSIDE, INCORRECT, List.of(EPS_INSIDE_SQRT)),
                Arguments.of("x = x - lr*g", INCORRECT, List.of()),
                Arguments.of(ADAM.replace("beta2*v", "beta1*v"), INCORRECT, List.of()),
                Arguments.of(ADAM.replace("(1 - beta1)*g", "(1 - beta1)*q"), INVALID, List.of(UNKNOWN_VARIABLE)),
                Arguments.of("m = beta1*m + (1 - beta1)*g", INVALID, List.of()),
                Arguments.of("g = 0\nx = x", INVALID, List.of()),
                Arguments.of("x == x - lr*g", INVALID, List.of()),
                Arguments.of("x = x - lr*mhat\nmhat = m", INVALID, List.of(UNKNOWN_VARIABLE)),
                Arguments.of("", INVALID, List.of()));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("answers")
    void adam_rules_are_graded_by_running_them(String rules, Verdict verdict, List<Note> notes) {
        PartFeedback p = grade(ADAM_VARIANT, rules);
        assertThat(p.verdict()).isEqualTo(verdict);
        assertThat(p.notes()).containsExactlyInAnyOrderElementsOf(notes);
    }

    @Test
    void a_wrong_rule_names_the_first_update_and_variable_that_differ() {
        PartFeedback p = grade(ADAM_VARIANT, NO_BIAS_CORRECTION);
        Message differs = p.messages().get(1);
        assertThat(differs.key()).isEqualTo(MessageKey.RULE_DIFFERS);
        // without the correction the very first step is 10× too short in x, on the first run
        assertThat(differs.args().subList(0, 4)).containsExactly("rosenbrock", "(-0.5, 0.5)", "1", "x[1]");
    }

    @Test
    void errors_name_the_line_and_the_column_within_it() {
        PartFeedback p = grade(ADAM_VARIANT, "m = beta1*m + (1 - beta1)*g\nv = beta2*v + * g");
        assertThat(p.messages()).extracting(Message::key).containsExactly(MessageKey.INVALID_LINE);
        assertThat(p.messages().getFirst().args().getFirst()).isEqualTo("2");
        // the inner message is the parser's, with the column counted in the whole line: the second * is at 15
        assertThat(p.messages().getFirst().args().get(3)).isEqualTo("15");
    }

    @Test
    void decoupled_weight_decay_is_told_apart_from_l2() {
        String adamW = ADAM.replace("x = x - lr*mhat/(sqrt(vhat) + eps)", "x = x - lr*(mhat/(sqrt(vhat) + eps) + wd*x)");
        String l2 = "gw = g + wd*x\n" + ADAM.replace("*g", "*gw").replace("g^2", "gw^2");
        Variant v = variant(adam(1e-8, adamW, List.of(new KnownRuleMistake(l2, L2_NOT_DECOUPLED,
                "Adam with L2 decay added to the gradient")), 0.1));
        assertThat(grade(v, adamW).verdict()).isEqualTo(CORRECT);
        PartFeedback p = grade(v, l2);
        assertThat(p.verdict()).isEqualTo(INCORRECT);
        assertThat(p.notes()).containsExactly(L2_NOT_DECOUPLED);
    }

    @Test
    void the_preview_shows_the_rules_as_aligned_latex() {
        Preview p = new Grader().preview(ADAM_VARIANT, "rules", Answer.text("m ← beta1*m + (1-beta1)*g\nx = x - lr*m"));
        assertThat(p.interpretedAs().orElseThrow().text()).isEqualTo("m = beta1*m + (1 - beta1)*g\nx = x - lr*m");
        assertThat(p.interpretedAs().orElseThrow().latex()).startsWith("\\begin{aligned}").contains("\\leftarrow");
    }
}
