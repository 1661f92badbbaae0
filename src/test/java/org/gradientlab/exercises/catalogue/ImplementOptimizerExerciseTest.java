package org.gradientlab.exercises.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.OptimizerRule;
import org.gradientlab.exercises.OptimizerRuleCheck;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.junit.jupiter.api.Test;

class ImplementOptimizerExerciseTest {

    private final ImplementOptimizerExercise exercise = new ImplementOptimizerExercise();

    private static OptimizerRuleCheck check(Variant v) {
        return (OptimizerRuleCheck) v.part("update-rule").orElseThrow().check();
    }

    @Test
    void variant_zero_is_adam_with_the_course_materials_hyperparameters() {
        Variant v = exercise.variant(0);
        OptimizerRuleCheck check = check(v);
        assertThat(check.rule()).isEqualTo(OptimizerRule.ADAM);
        assertThat(check.runs().getFirst().hyperparameters())
                .containsExactly(
                        Map.entry("lr", 0.1),
                        Map.entry("beta1", 0.9),
                        Map.entry("beta2", 0.999),
                        Map.entry("eps", 1e-8));
        assertThat(check.runs()).hasSize(3).allSatisfy(r -> assertThat(r.steps())
                .isEqualTo(10));
        Part part = v.parts().getFirst();
        assertThat(part.type()).isEqualTo(AnswerType.UPDATE_RULE);
        assertThat(part.variables())
                .containsExactly("x", "g", "m", "v", "mhat", "vhat", "lr", "beta1", "beta2", "eps", "t");
        assertThat(part.prompt()).contains("m = …\nv = …\nmhat = …\nvhat = …\nx = …");
        assertThat(v.explanation()).contains("bias").contains("after");
        assertThat(v.hints()).hasSize(3);
    }

    @Test
    void the_momentum_variants_name_their_convention() {
        for (String form : new String[] {"velocity", "heavy-ball", "ema"}) {
            Variant v = exercise.variant(0, Map.of("optimizer", "momentum", "momentum-form", form));
            assertThat(v.title()).containsIgnoringCase(form + " form");
            assertThat(v.explanation()).containsIgnoringCase("**" + form + " form**");
        }
    }

    @Test
    void the_course_materials_momentum_runs_are_the_shown_runs_of_variant_zero() {
        OptimizerRuleCheck.Run velocity = check(exercise.variant(0, Map.of("optimizer", "momentum")))
                .runs()
                .getFirst();
        assertThat(velocity.landscape()).isEqualTo("ravine");
        assertThat(velocity.start()).containsExactly(3.0, 2.0);
        assertThat(velocity.hyperparameters()).containsExactly(Map.entry("lr", 0.04), Map.entry("beta", 0.85));
        OptimizerRuleCheck.Run ema = check(exercise.variant(0, Map.of("optimizer", "momentum", "momentum-form", "ema")))
                .runs()
                .getFirst();
        assertThat(ema.landscape()).isEqualTo("double-well");
        assertThat(ema.start()).containsExactly(-3.0);
    }

    @Test
    void the_solution_states_the_engines_first_update() {
        // Adam's first update moves each coordinate by α·g/(|g| + ε) ≈ α: from (3, 2) with α = 0.1 to (2.9, 1.9).
        assertThat(exercise.variant(0).solution())
                .contains("$(2.9, 1.9)$")
                .contains("$g = (6, 40)$")
                .contains("$f = x_{1}^{2} + 10 x_{2}^{2}$")
                .contains("\\varepsilon = 10^{-8}");
    }

    @Test
    void the_same_number_gives_the_same_variant() {
        for (int n = 0; n < 30; n++) {
            assertThat(exercise.variant(n)).isEqualTo(exercise.variant(n));
        }
    }

    @Test
    void variants_draw_every_optimizer_and_several_settings() {
        Set<OptimizerRule> rules = new HashSet<>();
        Set<Map<String, Double>> settings = new HashSet<>();
        for (int n = 1; n < 100; n++) {
            OptimizerRuleCheck c = check(exercise.variant(n));
            rules.add(c.rule());
            settings.add(c.runs().getFirst().hyperparameters());
        }
        assertThat(rules)
                .containsExactlyInAnyOrder(
                        OptimizerRule.MOMENTUM_VELOCITY,
                        OptimizerRule.MOMENTUM_HEAVY_BALL,
                        OptimizerRule.MOMENTUM_EMA,
                        OptimizerRule.ADAGRAD,
                        OptimizerRule.RMSPROP,
                        OptimizerRule.ADAM,
                        OptimizerRule.ADAMW);
        assertThat(settings).hasSizeGreaterThan(30);
    }

    @Test
    void an_instructor_can_fix_the_optimizer_and_the_number_of_steps() {
        Variant v = exercise.variant(5, Map.of("optimizer", "RMSProp", "steps", "25"));
        assertThat(check(v).rule()).isEqualTo(OptimizerRule.RMSPROP);
        assertThat(check(v).runs()).allSatisfy(r -> assertThat(r.steps()).isEqualTo(25));
        assertThat(v.parameters()).containsEntry("optimizer", "rmsprop").containsEntry("steps", "25");
    }

    @Test
    void unusable_overrides_are_refused_with_keys() {
        assertThat(exercise.validate(Map.of("optimizer", "lbfgs")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(exercise.validate(Map.of("steps", "500")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.OUT_OF_RANGE);
        assertThat(exercise.validate(Map.of("momentum-form", "nesterov")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(exercise.validate(Map.of("colour", "red")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNKNOWN_PARAMETER);
        assertThatThrownBy(() -> exercise.variant(0, Map.of("steps", "2.5"))).isInstanceOf(ParameterException.class);
        assertThatThrownBy(() -> exercise.variant(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
