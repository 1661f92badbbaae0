package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.exercises.Note.EPS_INSIDE_SQRT;
import static org.gradientlab.exercises.Note.L2_NOT_DECOUPLED;
import static org.gradientlab.exercises.Note.MISSING_BIAS_CORRECTION;
import static org.gradientlab.exercises.Note.MISSING_SQRT;
import static org.gradientlab.exercises.Note.MISSING_SQUARE;
import static org.gradientlab.exercises.Note.MOMENTUM_FORM;
import static org.gradientlab.exercises.Note.SIGN_ERROR;
import static org.gradientlab.exercises.Note.WRONG_DECAY;

import java.util.Map;
import java.util.stream.Stream;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Update rules run side by side with the engine's optimizers (implement-optimizer, variant 0 of each optimizer:
 * the course material's hyperparameters). Correct rules in many equivalent spellings pass; each known mistake is
 * recognised by its behaviour, whatever its spelling.
 */
class OptimizerRuleGraderTest {

    private static final Grader GRADER = new Grader();
    static final String ADAM = """
            m = beta1*m + (1-beta1)*g
            v = beta2*v + (1-beta2)*g^2
            mhat = m/(1-beta1^t)
            vhat = v/(1-beta2^t)
            x = x - lr*mhat/(sqrt(vhat) + eps)""";

    static Variant variant(String optimizer, String form) {
        return Catalogue.standard()
                .byId("implement-optimizer")
                .orElseThrow()
                .variant(0, Map.of("optimizer", optimizer, "momentum-form", form));
    }

    static PartFeedback grade(String optimizer, String form, String rules) {
        return GRADER.check(
                        variant(optimizer, form),
                        Map.of("update-rule", Answer.text(rules)),
                        GradingSeed.practice("implement-optimizer", 0))
                .parts()
                .get("update-rule");
    }

    static Stream<Arguments> correctRules() {
        return Stream.of(
                Arguments.of("adam", "velocity", ADAM),
                Arguments.of("adam", "velocity", """
                        m = beta1*m + (1-beta1)*g
                        v = beta2*v + (1-beta2)*g*g
                        x = x - (lr/(1-beta1^t))*m/(sqrt(v)/sqrt(1-beta2^t) + eps)"""),
                Arguments.of("adam", "velocity", """
                        # PyTorch's order of operations, on one line with semicolons
                        m = β₁·m + (1−β₁)·g; v = β₂·v + (1−β₂)·g²
                        m̂ = m/(1 - β₁^t); v̂ = v/(1 - β₂^t)
                        delta = α·m̂/(sqrt(v̂) + ε)
                        x ← x - delta"""),
                Arguments.of("adam", "velocity", """
                        m := 0.9*m + 0.1*g - (0.9 - beta1)*m - (beta1 - 0.9)*g
                        v := beta2*v + (1-beta2)*g**2
                        mhat := m/(1-beta1^t)
                        vhat := v/(1-beta2^t)
                        x := x - lr*mhat/(vhat^0.5 + eps)"""),
                Arguments.of("adamw", "velocity", """
                        m = beta1*m + (1-beta1)*g
                        v = beta2*v + (1-beta2)*g^2
                        mhat = m/(1-beta1^t)
                        vhat = v/(1-beta2^t)
                        x = x - lr*(mhat/(sqrt(vhat) + eps) + wd*x)"""),
                Arguments.of("adamw", "velocity", """
                        x = x*(1 - lr*wd)
                        m = beta1*m + (1-beta1)*g
                        v = beta2*v + (1-beta2)*g^2
                        mhat = m/(1-beta1^t)
                        vhat = v/(1-beta2^t)
                        x = x - lr*mhat/(sqrt(vhat) + eps)"""),
                Arguments.of("momentum", "velocity", "v = beta*v - lr*g\nx = x + v"),
                Arguments.of("momentum", "velocity", "v = -lr*g + beta*v\r\nx = v + x\r\n"),
                Arguments.of("momentum", "heavy-ball", "v = beta*v + g\nx = x - lr*v"),
                Arguments.of("momentum", "ema", "v = β*v + (1-β)*g\nx = x - α*v"),
                Arguments.of("momentum", "ema", "v = v + (1-beta)*(g - v)\nx = x - lr*v"),
                Arguments.of("adagrad", "velocity", "G = G + g^2\nx = x - lr*g/(sqrt(G) + eps)"),
                Arguments.of("adagrad", "velocity", "G = G + g*g\nx = x - lr/(sqrt(G) + eps)*g"),
                Arguments.of("rmsprop", "velocity", "s = rho*s + (1-rho)*g^2\nx = x - lr*g/(sqrt(s) + eps)"),
                Arguments.of("rmsprop", "velocity", "  s = ρ s + (1 - ρ) g²   \n\n  x = x - α g / (√s + ε)  "));
    }

    @ParameterizedTest(name = "{0} ({1}): {2}")
    @MethodSource("correctRules")
    void correct_rules_in_any_equivalent_form_are_correct(String optimizer, String form, String rules) {
        PartFeedback f = grade(optimizer, form, rules);
        assertThat(f.verdict()).as(f.messages().toString()).isEqualTo(Verdict.CORRECT);
        assertThat(f.score().getAsDouble()).isEqualTo(1);
        assertThat(f.notes()).isEmpty();
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(
                        "adam",
                        "velocity",
                        ADAM.replace("/(1-beta1^t)", "").replace("/(1-beta2^t)", ""),
                        MISSING_BIAS_CORRECTION),
                Arguments.of("adam", "velocity", """
                        m = beta1*m + (1-beta1)*g
                        v = beta2*v + (1-beta2)*g^2
                        x = x - lr*m/(sqrt(v) + eps)""", MISSING_BIAS_CORRECTION),
                Arguments.of(
                        "adam", "velocity", ADAM.replace("(sqrt(vhat) + eps)", "sqrt(vhat + eps)"), EPS_INSIDE_SQRT),
                Arguments.of("adam", "velocity", ADAM.replace("(sqrt(vhat) + eps)", "(vhat + eps)"), MISSING_SQRT),
                Arguments.of("adam", "velocity", ADAM.replace("x - lr", "x + lr"), SIGN_ERROR),
                Arguments.of(
                        "adam",
                        "velocity",
                        ADAM.replace("beta2*v + (1-beta2)*g^2", "(1-beta2)*v + beta2*g^2"),
                        WRONG_DECAY),
                Arguments.of("adam", "velocity", ADAM.replace("(1-beta2)*g^2", "(1-beta2)*g"), MISSING_SQUARE),
                Arguments.of("adamw", "velocity", "g = g + wd*x\n" + ADAM, L2_NOT_DECOUPLED),
                Arguments.of(
                        "adamw",
                        "velocity",
                        ADAM.replace("m = beta1*m + (1-beta1)*g", "m = beta1*m + (1-beta1)*(g + wd*x)")
                                .replace("(1-beta2)*g^2", "(1-beta2)*(g + wd*x)^2"),
                        L2_NOT_DECOUPLED),
                Arguments.of("adamw", "velocity", """
                        m = beta1*m + (1-beta1)*g
                        v = beta2*v + (1-beta2)*g^2
                        x = x - lr*(m/(sqrt(v) + eps) + wd*x)""", MISSING_BIAS_CORRECTION),
                Arguments.of("momentum", "velocity", "v = beta*v + (1-beta)*g\nx = x - lr*v", MOMENTUM_FORM),
                Arguments.of("momentum", "velocity", "v = beta*v + lr*g\nx = x + v", SIGN_ERROR),
                Arguments.of("momentum", "velocity", "v = beta*v - lr*g\nx = x - v", SIGN_ERROR),
                Arguments.of("momentum", "ema", "v = (1-beta)*v + beta*g\nx = x - lr*v", WRONG_DECAY),
                Arguments.of("momentum", "ema", "v = beta*v + g\nx = x - lr*v", MOMENTUM_FORM),
                Arguments.of("adagrad", "velocity", "G = G + g^2\nx = x - lr*g/sqrt(G + eps)", EPS_INSIDE_SQRT),
                Arguments.of("adagrad", "velocity", "G = G + g\nx = x - lr*g/(sqrt(G) + eps)", MISSING_SQUARE),
                Arguments.of(
                        "rmsprop", "velocity", "s = rho*s + (1-rho)*g^2\nx = x - lr*g/sqrt(s + eps)", EPS_INSIDE_SQRT),
                Arguments.of("rmsprop", "velocity", "s = s + g^2\nx = x - lr*g/(sqrt(s) + eps)", WRONG_DECAY));
    }

    @ParameterizedTest(name = "{0} ({1}) → {3}: {2}")
    @MethodSource("mistakes")
    void known_mistakes_are_diagnosed_by_their_behaviour(String optimizer, String form, String rules, Note note) {
        PartFeedback f = grade(optimizer, form, rules);
        assertThat(f.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(f.score().getAsDouble()).isZero();
        assertThat(f.notes()).containsExactly(note);
        assertThat(f.messages())
                .extracting(Message::key)
                .containsExactly(MessageKey.RULE_STEP_DIFFERS, MessageKey.RULE_MATCHES_MISTAKE);
    }

    @Test
    void eps_under_the_root_is_invisible_at_eps_1e_8_and_found_by_a_probe_with_a_larger_eps() {
        PartFeedback f = grade("adam", "velocity", ADAM.replace("(sqrt(vhat) + eps)", "sqrt(vhat + eps)"));
        Message differs = f.messages().getFirst();
        // The shown run uses ε = 1e-8, where √(v̂ + ε) and √v̂ + ε agree to ~1e-9: the first difference is found in
        // the Rosenbrock probe, whose ε is 0.05.
        assertThat(differs.args().get(4)).isEqualTo("(1-x)^2 + 100(y-x^2)^2");
        assertThat(differs.args().get(6)).contains("eps = 0.05");
    }

    @Test
    void the_first_step_and_variable_that_differ_are_reported_with_both_values() {
        // Ravine x1² + 10x2² from (3, 2): g = (6, 40). At t = 1, m = (1 − β1)g = 0.6 in the first coordinate and
        // m̂ = m/(1 − β1) = g = 6; leaving out the correction makes m̂ = 0.6.
        PartFeedback f =
                grade("adam", "velocity", ADAM.replace("/(1-beta1^t)", "").replace("/(1-beta2^t)", ""));
        Message differs = f.messages().getFirst();
        assertThat(differs.key()).isEqualTo(MessageKey.RULE_STEP_DIFFERS);
        assertThat(differs.args().subList(0, 6))
                .containsExactly("1", "mhat[1]", "6", "0.6", "x1^2 + 10*x2^2", "(3, 2)");
        assertThat(differs.args().get(6)).isEqualTo("lr = 0.1, beta1 = 0.9, beta2 = 0.999, eps = 1e-8");
    }

    @Test
    void the_heavy_ball_form_typed_for_the_velocity_form_moves_x_right_but_earns_half() {
        // Constant α: heavy ball and velocity form have the same iterates, and v_velocity = −α·v_heavy, so at step 1
        // v should be −0.04·6 = −0.24 where the heavy-ball buffer is g = 6.
        PartFeedback f = grade("momentum", "velocity", "v = beta*v + g\nx = x - lr*v");
        assertThat(f.verdict()).isEqualTo(Verdict.PARTIALLY_CORRECT);
        assertThat(f.score().getAsDouble()).isCloseTo(0.5, within(0.0));
        assertThat(f.notes()).containsExactly(MOMENTUM_FORM);
        assertThat(f.messages())
                .extracting(Message::key)
                .containsExactly(
                        MessageKey.RULE_X_AGREES, MessageKey.RULE_STEP_DIFFERS, MessageKey.RULE_MATCHES_MISTAKE);
        assertThat(f.messages().get(1).args().subList(0, 4)).containsExactly("1", "v[1]", "-0.24", "6");
    }

    @Test
    void an_unrecognised_wrong_rule_is_incorrect_without_a_note() {
        PartFeedback f = grade("adam", "velocity", "x = x - lr*g");
        assertThat(f.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(f.notes()).isEmpty();
        assertThat(f.messages()).extracting(Message::key).containsExactly(MessageKey.RULE_STEP_DIFFERS);
        // m is never assigned, so it stays 0 while the engine's m is (1 − β1)·6 = 0.6 after the first update.
        assertThat(f.messages().getFirst().args().subList(0, 4)).containsExactly("1", "m[1]", "0.6", "0");
    }

    @Test
    void the_interpretation_shows_each_assignment_with_an_arrow() {
        Preview p =
                GRADER.preview(variant("momentum", "velocity"), "update-rule", Answer.text("v = β*v - α*g\nx = x+v"));
        assertThat(p.readable()).isTrue();
        assertThat(p.interpretedAs().orElseThrow().text()).isEqualTo("v = beta*v - lr*g\nx = x + v");
        assertThat(p.interpretedAs().orElseThrow().latex())
                .startsWith("\\begin{aligned} v &\\leftarrow ")
                .contains(" \\\\ x &\\leftarrow ");
    }
}
