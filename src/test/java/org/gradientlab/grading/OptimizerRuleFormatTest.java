package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.grading.OptimizerRuleGraderTest.ADAM;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Update rules that cannot be read are format errors: the part is invalid (nothing graded, no attempt used) and
 * every message names the line and the column as typed (1-based, counting pasted symbols such as β₁ as typed).
 */
class OptimizerRuleFormatTest {

    private static final Grader GRADER = new Grader();

    private static Arguments row(
            String optimizer, String rules, MessageKey key, List<String> firstArgs, Note... notes) {
        return Arguments.of(optimizer, rules, key, firstArgs, List.of(notes));
    }

    static Stream<Arguments> malformed() {
        String adamHead = ADAM.substring(0, ADAM.lastIndexOf('\n') + 1);
        return Stream.of(
                row("adam", "", MessageKey.RULE_EMPTY, List.of()),
                row("adam", "# nothing but a comment\n\n   \n", MessageKey.RULE_EMPTY, List.of()),
                // "x = x - lr*mhat/(sqrt(vhat) + eps" is 33 characters: the end is column 34, the '(' column 17.
                row(
                        "adam",
                        adamHead + "x = x - lr*mhat/(sqrt(vhat) + eps",
                        MessageKey.RULE_INVALID_EXPRESSION,
                        List.of("5", "34")),
                // α and ε are spelled lr and eps, but the columns stay those of the typed line.
                row(
                        "adam",
                        adamHead + "x = x - α*mhat/(sqrt(vhat) + ε))",
                        MessageKey.RULE_INVALID_EXPRESSION,
                        List.of("5", "32")),
                row(
                        "adam",
                        "m = β₁*m + (1-β₁)*g*\n" + ADAM.substring(ADAM.indexOf('\n') + 1),
                        MessageKey.RULE_INVALID_EXPRESSION,
                        List.of("1", "21")),
                row(
                        "momentum",
                        "v = beta*v - alpha*g\nx = x + v",
                        MessageKey.RULE_INVALID_EXPRESSION,
                        List.of("1", "14"),
                        Note.UNKNOWN_VARIABLE),
                row("momentum", "v = beta*v - lr*g\n  x + v", MessageKey.RULE_NOT_ASSIGNMENT, List.of("2", "3")),
                row("momentum", "v = beta*v - lr*g; x + v", MessageKey.RULE_NOT_ASSIGNMENT, List.of("1", "20")),
                row(
                        "momentum",
                        "lr = 0.5\nv = beta*v - lr*g\nx = x + v",
                        MessageKey.RULE_GIVEN_TARGET,
                        List.of("1", "1", "lr")),
                row(
                        "momentum",
                        "v = beta*v - lr*g\nx = x + v\n t = t + 1",
                        MessageKey.RULE_GIVEN_TARGET,
                        List.of("3", "2", "t")),
                row("momentum", "2v = beta*v - lr*g\nx = x + v", MessageKey.RULE_BAD_TARGET, List.of("1", "1", "2v")),
                row(
                        "momentum",
                        "v = beta*v - lr*g\nx[1] = x + v",
                        MessageKey.RULE_BAD_TARGET,
                        List.of("2", "1", "x[1]")),
                row("momentum", "step = lr*g\nx = x - step", MessageKey.RULE_BAD_TARGET, List.of("1", "1", "step")),
                row("momentum", " = beta*v - lr*g\nx = x + v", MessageKey.RULE_NOT_ASSIGNMENT, List.of("1", "2")),
                // "x = x - lr*mhat/(sqrt(vhat) + eps)": mhat starts at column 12.
                row(
                        "adam",
                        "m = beta1*m + (1-beta1)*g\nv = beta2*v + (1-beta2)*g^2\n"
                                + "x = x - lr*mhat/(sqrt(vhat) + eps)\nmhat = m/(1-beta1^t)\nvhat = v/(1-beta2^t)",
                        MessageKey.RULE_USED_BEFORE_ASSIGNED,
                        List.of("3", "12", "mhat")),
                row("momentum", "v = beta*v - lr*g", MessageKey.RULE_X_NOT_UPDATED, List.of()),
                row("momentum", "x = x\n".repeat(31), MessageKey.RULE_TOO_LONG, List.of("31", "30")),
                row(
                        "momentum",
                        "v = beta*v = lr*g\nx = x + v",
                        MessageKey.RULE_INVALID_EXPRESSION,
                        List.of("1", "12")));
    }

    @ParameterizedTest(name = "{2} {3}: {1}")
    @MethodSource("malformed")
    void unreadable_rules_are_invalid_with_the_line_and_column(
            String optimizer, String rules, MessageKey key, List<String> firstArgs, List<Note> notes) {
        Feedback all = GRADER.check(
                OptimizerRuleGraderTest.variant(optimizer, "velocity"),
                Map.of("update-rule", Answer.text(rules)),
                GradingSeed.practice("implement-optimizer", 0));
        PartFeedback f = all.parts().get("update-rule");
        assertThat(all.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(f.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(f.score()).isEmpty();
        assertThat(f.notes()).containsExactlyElementsOf(notes);
        assertThat(f.messages().getFirst().key()).isEqualTo(key);
        assertThat(f.messages().getFirst().args()).startsWith(firstArgs.toArray(String[]::new));
    }

    @Test
    void an_unclosed_parenthesis_is_placed_in_the_typed_line() {
        PartFeedback f = OptimizerRuleGraderTest.grade(
                "adam",
                "velocity",
                ADAM.substring(0, ADAM.lastIndexOf('\n') + 1) + "x = x - lr*mhat/(sqrt(vhat) + eps");
        assertThat(f.messages().getFirst().text())
                .isEqualTo("Line 5, column 34: Missing ')' at column 34 for the '(' opened at column 17.");
    }

    @Test
    void every_line_with_a_problem_is_reported_at_once() {
        PartFeedback f = OptimizerRuleGraderTest.grade("momentum", "velocity", "v = beta*v - lr*\nx = x + v)");
        assertThat(f.messages())
                .extracting(Message::key)
                .containsExactly(MessageKey.RULE_INVALID_EXPRESSION, MessageKey.RULE_INVALID_EXPRESSION);
        assertThat(f.messages()).extracting(m -> m.args().getFirst()).containsExactly("1", "2");
    }

    @Test
    void an_answer_in_another_encoding_is_invalid() {
        PartFeedback f = GRADER.check(
                        OptimizerRuleGraderTest.variant("adam", "velocity"),
                        Map.of("update-rule", Answer.entries("m = g", "x = x")),
                        GradingSeed.practice("implement-optimizer", 0))
                .parts()
                .get("update-rule");
        assertThat(f.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(f.messages()).extracting(Message::key).containsExactly(MessageKey.WRONG_ENCODING);
    }
}
