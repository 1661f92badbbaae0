package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.VectorCheck;

/**
 * Builds a vector part graded per entry. A canned wrong vector that, for the variant's numbers, equals the answer
 * in every entry is left out; the ones kept earn {@link Note#WRONG_ENTRY}, the note of any wrong vector.
 */
final class VectorPart {

    private final String id;
    private final String prompt;
    private final double[] value;
    private final Map<String, Double> point;
    private final Tolerance tolerance;
    private final List<CannedAnswer> canned = new ArrayList<>();
    private double weight = 1;

    private VectorPart(String id, String prompt, double[] value, Map<String, Double> point, Tolerance tolerance) {
        this.id = id;
        this.prompt = prompt;
        this.value = value.clone();
        this.point = point;
        this.tolerance = tolerance;
    }

    /** A vector whose entries may be numbers or formulas in the point's variables, evaluated at the point. */
    static VectorPart of(String id, String prompt, double[] value, Map<String, Double> point, Tolerance tolerance) {
        return new VectorPart(id, prompt, value, point, tolerance);
    }

    VectorPart weight(double w) {
        this.weight = w;
        return this;
    }

    /** A wrong vector of the answer's length. */
    VectorPart wrong(String label, double... wrong) {
        for (int i = 0; i < value.length; i++) {
            if (!tolerance.accepts(wrong[i], value[i])) {
                canned.add(CannedAnswer.of(label, entries(wrong), Note.WRONG_ENTRY));
                return this;
            }
        }
        return this;
    }

    /** The answer's first entry only, and two format errors: an empty entry and an undeclared variable. */
    VectorPart commonMistakes(String undeclared) {
        canned.add(CannedAnswer.of("only the first entry", entries(value[0]), Note.WRONG_ENTRY));
        String[] blank = Arrays.stream(value).mapToObj(NumberText::plain).toArray(String[]::new);
        blank[blank.length - 1] = "";
        canned.add(CannedAnswer.invalid("an entry left empty", Answer.entries(blank)));
        String[] unknown = Arrays.stream(value).mapToObj(NumberText::plain).toArray(String[]::new);
        unknown[0] = undeclared;
        canned.add(CannedAnswer.invalid("an undeclared variable", Answer.entries(unknown), Note.UNKNOWN_VARIABLE));
        return this;
    }

    private static Answer entries(double... v) {
        return Answer.entries(Arrays.stream(v).mapToObj(NumberText::exact).toArray(String[]::new));
    }

    Part build() {
        return new Part(
                id,
                AnswerType.VECTOR,
                prompt,
                weight,
                Answer.entries(Arrays.stream(value).mapToObj(NumberText::plain).toArray(String[]::new)),
                new VectorCheck(Arrays.stream(value).mapToObj(NumberText::exact).toList(), point, tolerance),
                canned);
    }
}
