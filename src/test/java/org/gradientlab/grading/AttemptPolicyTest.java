package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradientlab.grading.AttemptPolicy.Outcome;
import org.junit.jupiter.api.Test;

/** DESIGN §5 "Attempts and penalties". Expected scores are worked out by hand in each test. */
class AttemptPolicyTest {

    private static final Outcome INVALID = Outcome.ungraded(Verdict.INVALID);
    private static final Outcome UNVERIFIABLE = Outcome.ungraded(Verdict.UNVERIFIABLE);

    private static Outcome wrong(double score) {
        return Outcome.graded(score > 0 ? Verdict.PARTIALLY_CORRECT : Verdict.INCORRECT, score);
    }

    private static Outcome right() {
        return Outcome.graded(Verdict.CORRECT, 1);
    }

    @Test
    void invalid_and_unverifiable_submissions_use_no_attempt() {
        AttemptPolicy p = new AttemptPolicy(2, 0.1, 0);
        List<Outcome> history = List.of(INVALID, UNVERIFIABLE, wrong(0), INVALID);
        assertThat(p.attemptsUsed(history)).isEqualTo(1);
        assertThat(p.mayAttempt(history)).isTrue();
        assertThat(p.usesAttempt(Verdict.INVALID)).isFalse();
        assertThat(p.usesAttempt(Verdict.INCORRECT)).isTrue();
    }

    @Test
    void kept_score_is_best_score_minus_penalty_per_earlier_wrong_attempt() {
        AttemptPolicy p = new AttemptPolicy(0, 0.1, 0);
        // attempt 1: 0.5 − 0 = 0.5; attempt 2: 0 − 0.1; attempt 3: 1 − 2·0.1 = 0.8
        assertThat(p.keptScore(List.of(wrong(0.5), wrong(0), right())).getAsDouble())
                .isCloseTo(0.8, within(1e-12));
    }

    @Test
    void ungraded_submissions_do_not_count_as_earlier_wrong_attempts() {
        AttemptPolicy p = new AttemptPolicy(0, 0.25, 0);
        // one graded wrong attempt before the correct one: 1 − 0.25
        assertThat(p.keptScore(List.of(INVALID, wrong(0), UNVERIFIABLE, INVALID, right()))
                        .getAsDouble())
                .isCloseTo(0.75, within(1e-12));
    }

    @Test
    void an_earlier_better_score_is_kept() {
        AttemptPolicy p = new AttemptPolicy(0, 0.3, 0);
        // 0.9 at attempt 1 beats 1 − 0.3 = 0.7 at attempt 2
        assertThat(p.keptScore(List.of(wrong(0.9), right())).getAsDouble()).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void kept_score_is_floored_at_zero() {
        AttemptPolicy p = new AttemptPolicy(0, 0.5, 0);
        // 0.2 − 0.5·3 < 0
        assertThat(p.keptScore(List.of(wrong(0), wrong(0), wrong(0), wrong(0.2)))
                        .getAsDouble())
                .isZero();
    }

    @Test
    void no_graded_attempt_means_no_kept_score() {
        AttemptPolicy p = new AttemptPolicy(3, 0.1, 0);
        assertThat(p.keptScore(List.of(INVALID, UNVERIFIABLE))).isEmpty();
        assertThat(p.keptScore(List.of())).isEmpty();
    }

    @Test
    void attempts_beyond_the_limit_do_not_count() {
        AttemptPolicy p = new AttemptPolicy(2, 0, 0);
        List<Outcome> history = List.of(wrong(0.2), INVALID, wrong(0.4), right());
        assertThat(p.mayAttempt(history.subList(0, 3))).isFalse();
        assertThat(p.keptScore(history).getAsDouble()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void solution_is_shown_after_the_last_attempt_or_the_due_date() {
        AttemptPolicy p = new AttemptPolicy(2, 0, 0);
        assertThat(p.solutionVisible(List.of(wrong(0)), false)).isFalse();
        assertThat(p.solutionVisible(List.of(wrong(0), INVALID), false)).isFalse();
        assertThat(p.solutionVisible(List.of(wrong(0), wrong(0)), false)).isTrue();
        assertThat(p.solutionVisible(List.of(), true)).isTrue();
        assertThat(AttemptPolicy.PRACTICE.solutionVisible(List.of(wrong(0), wrong(0), wrong(0)), false))
                .isFalse();
    }

    @Test
    void revealed_hints_cost_their_price_down_to_zero() {
        AttemptPolicy p = new AttemptPolicy(0, 0, 0.2);
        assertThat(p.keptScore(List.of(right()), 2).getAsDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(p.keptScore(List.of(wrong(0.3)), 2).getAsDouble()).isZero();
    }

    @Test
    void out_of_range_settings_are_refused() {
        assertThatThrownBy(() -> new AttemptPolicy(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptPolicy(1, 1.5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Outcome.graded(Verdict.INVALID, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
