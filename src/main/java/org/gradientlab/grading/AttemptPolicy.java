package org.gradientlab.grading;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The attempt rules of an assignment (DESIGN §5), as a pure function of the attempt history. Invalid and
 * unverifiable submissions use no attempt. The kept score is the best over graded attempts k of
 * {@code score_k − penalty × (graded wrong attempts before k)}, floored at 0, minus {@code hintCost} per revealed
 * hint (again floored at 0). A wrong attempt is a graded one that is not fully correct. Only the first
 * {@code maxAttempts} graded attempts count; the caller passes only attempts made before the due date (or the
 * student's extension).
 *
 * @param maxAttempts            graded attempts allowed, 0 for unlimited
 * @param penaltyPerWrongAttempt subtracted from later attempts' scores per earlier wrong attempt, in [0, 1]
 * @param hintCost               subtracted from the kept score per revealed hint, in [0, 1]
 */
public record AttemptPolicy(int maxAttempts, double penaltyPerWrongAttempt, double hintCost) {

    /** Practice: unlimited attempts, no penalties. */
    public static final AttemptPolicy PRACTICE = new AttemptPolicy(0, 0, 0);

    /**
     * One stored attempt's outcome.
     *
     * @param verdict the overall verdict
     * @param score   the score, present exactly when the verdict is graded
     */
    public record Outcome(Verdict verdict, OptionalDouble score) {
        public Outcome {
            if (verdict.isGraded() != score.isPresent()) {
                throw new IllegalArgumentException("a graded verdict needs a score, and only a graded one");
            }
        }

        public static Outcome of(Feedback feedback) {
            return new Outcome(feedback.verdict(), feedback.score());
        }

        public static Outcome graded(Verdict verdict, double score) {
            return new Outcome(verdict, OptionalDouble.of(score));
        }

        public static Outcome ungraded(Verdict verdict) {
            return new Outcome(verdict, OptionalDouble.empty());
        }
    }

    public AttemptPolicy {
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("maxAttempts must be ≥ 0 (0 = unlimited)");
        }
        if (!(penaltyPerWrongAttempt >= 0 && penaltyPerWrongAttempt <= 1) || !(hintCost >= 0 && hintCost <= 1)) {
            throw new IllegalArgumentException("penalty and hint cost must lie in [0, 1]");
        }
    }

    /** Whether a submission with this verdict uses an attempt. */
    public boolean usesAttempt(Verdict verdict) {
        return verdict.isGraded();
    }

    /** The number of attempts used by this history. */
    public int attemptsUsed(List<Outcome> history) {
        return (int) history.stream().filter(o -> usesAttempt(o.verdict())).count();
    }

    /** Whether another graded attempt is allowed after this history (a correct answer does not end it). */
    public boolean mayAttempt(List<Outcome> history) {
        return maxAttempts == 0 || attemptsUsed(history) < maxAttempts;
    }

    /** Whether the worked solution is shown: after the last allowed attempt or once past the due date. */
    public boolean solutionVisible(List<Outcome> history, boolean pastDue) {
        return pastDue || !mayAttempt(history);
    }

    /** The score kept for this history with no hints revealed; empty when no attempt was graded. */
    public OptionalDouble keptScore(List<Outcome> history) {
        return keptScore(history, 0);
    }

    /** The score kept for this history after {@code hintsRevealed} hints; empty when no attempt was graded. */
    public OptionalDouble keptScore(List<Outcome> history, int hintsRevealed) {
        double best = Double.NEGATIVE_INFINITY;
        int wrongBefore = 0;
        int used = 0;
        for (Outcome o : history) {
            if (!usesAttempt(o.verdict())) {
                continue;
            }
            if (maxAttempts > 0 && used == maxAttempts) {
                break;
            }
            used++;
            best = Math.max(best, o.score().getAsDouble() - penaltyPerWrongAttempt * wrongBefore);
            if (o.verdict() != Verdict.CORRECT) {
                wrongBefore++;
            }
        }
        if (used == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(0, Math.max(0, best) - hintCost * Math.max(0, hintsRevealed)));
    }
}
