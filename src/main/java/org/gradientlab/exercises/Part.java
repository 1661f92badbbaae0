package org.gradientlab.exercises;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One answer box of a variant: what is asked, in which encoding, how it is checked, its weight in the exercise's
 * score, the model answer, and canned wrong answers for the self-test.
 *
 * @param id          stable kebab-case id, the key of the answer in requests and stored attempts
 * @param type        the answer type (and so its encoding)
 * @param prompt      the question, Markdown with LaTeX ({@code $…$})
 * @param weight      the part's weight in the weighted mean of part scores, positive
 * @param modelAnswer a correct answer, in the part's encoding
 * @param check       how the grader judges answers
 * @param canned      wrong answers with the notes they must produce
 */
public record Part(
        String id,
        AnswerType type,
        String prompt,
        double weight,
        Answer modelAnswer,
        Check check,
        List<CannedAnswer> canned) {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public Part {
        if (id == null || !KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("part id must be kebab-case: " + id);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("part " + id + " needs a positive weight");
        }
        if (check.answerType() != type) {
            throw new IllegalArgumentException(
                    "part " + id + " is " + type + " but its check grades " + check.answerType());
        }
        if (!type.accepts(modelAnswer)) {
            throw new IllegalArgumentException("part " + id + ": the model answer is not in the " + type + " encoding");
        }
        canned = List.copyOf(canned);
        for (CannedAnswer c : canned) {
            if (!type.accepts(c.answer())) {
                throw new IllegalArgumentException(
                        "part " + id + ": canned answer '" + c.label() + "' has the wrong encoding");
            }
        }
    }

    /** The options of a choice part, in display order; empty for other types. */
    public List<Choice> choices() {
        return check instanceof ChoiceCheck c ? c.choices() : List.of();
    }

    /**
     * The variables an answer may use: the expression's declared variables, the point's variables for vector
     * and matrix entries, the given names of update rules (x, g, t, state, constants); empty for other types.
     */
    public List<String> variables() {
        return switch (check) {
            case ExpressionCheck e -> e.domain().variables();
            case VectorCheck v -> List.copyOf(v.point().keySet());
            case MatrixCheck m -> List.copyOf(m.point().keySet());
            case OptimizerRuleCheck u -> u.variables();
            default -> List.of();
        };
    }

    /** The setting names of a settings part ({@code lr}, {@code steps}); empty for other types. */
    public List<String> settingNames() {
        return check instanceof RunCheck ? RunCheck.KEYS : List.of();
    }

    /** The values offered by a number-set part, in display order; empty for other types. */
    public List<Double> offered() {
        return check instanceof NumberSetCheck n ? n.offered() : List.of();
    }
}
