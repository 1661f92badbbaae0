package org.gradientlab.grading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.gradientlab.exercises.Part;

/**
 * Combines part grades into the submission's grade, as DESIGN §5 says: invalid when any part is (and then no
 * part's verdict is revealed), unverifiable when any part is (no score), otherwise the weighted mean of the part
 * scores, correct only when every part is.
 */
final class Combination {

    private Combination() {}

    static Feedback combine(List<Part> parts, Map<String, PartFeedback> graded) {
        Map<String, PartFeedback> out = new LinkedHashMap<>();
        boolean anyInvalid = false;
        boolean anyUnverifiable = false;
        for (Part p : parts) {
            PartFeedback f = graded.get(p.id());
            anyInvalid |= f.verdict() == Verdict.INVALID;
            anyUnverifiable |= f.verdict() == Verdict.UNVERIFIABLE;
            out.put(p.id(), f);
        }
        if (anyInvalid) {
            out.replaceAll((id, f) -> f.verdict() == Verdict.INVALID ? f : f.notGraded());
            return new Feedback(Verdict.INVALID, OptionalDouble.empty(), out);
        }
        if (anyUnverifiable) {
            return new Feedback(Verdict.UNVERIFIABLE, OptionalDouble.empty(), out);
        }
        double weighted = 0;
        double total = 0;
        boolean allCorrect = true;
        for (Part p : parts) {
            PartFeedback f = out.get(p.id());
            weighted += p.weight() * f.score().getAsDouble();
            total += p.weight();
            allCorrect &= f.verdict() == Verdict.CORRECT;
        }
        double score = allCorrect ? 1.0 : Math.min(weighted / total, Math.nextDown(1.0));
        Verdict verdict = allCorrect ? Verdict.CORRECT : score > 0 ? Verdict.PARTIALLY_CORRECT : Verdict.INCORRECT;
        return new Feedback(verdict, OptionalDouble.of(score), out);
    }
}
