package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;

/**
 * The check an assignment must pass before it is published (DESIGN §5): for each variant, the model answers
 * are graded correct, and each canned wrong answer (the other parts answered by their model answers) is graded
 * wrong — or refused as invalid, for canned format errors — with exactly its notes.
 */
public final class VariantSelfTest {

    private final Grader grader;

    public VariantSelfTest(Grader grader) {
        this.grader = grader;
    }

    public VariantSelfTest() {
        this(new Grader());
    }

    /** Checks variants {@code first} … {@code first + count − 1} of the exercise with these overrides. */
    public SelfTestReport run(Exercise exercise, Map<String, String> overrides, int first, int count) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = first; n < first + count; n++) {
            numbers.add(n);
        }
        return run(exercise, overrides, numbers);
    }

    /** Checks the given variants (e.g. those assigned to a course's students) with these overrides. */
    public SelfTestReport run(Exercise exercise, Map<String, String> overrides, Collection<Integer> variants) {
        List<SelfTestReport.Failure> failures = new ArrayList<>();
        for (int n : variants) {
            Variant variant;
            try {
                variant = exercise.variant(n, overrides);
            } catch (RuntimeException e) {
                failures.add(new SelfTestReport.Failure(
                        n, "", SelfTestReport.Check.VARIANT, "", String.valueOf(e.getMessage())));
                continue;
            }
            failures.addAll(check(variant));
        }
        return new SelfTestReport(exercise.id(), variants.size(), failures);
    }

    /** Checks one variant. */
    public List<SelfTestReport.Failure> check(Variant variant) {
        List<SelfTestReport.Failure> failures = new ArrayList<>();
        GradingSeed seed = new GradingSeed(variant.exerciseId(), variant.number(), "self-test", 0);
        Map<String, Answer> model = variant.modelAnswers();
        Runs runs = new Runs();
        Feedback f = grader.check(variant, model, seed, runs);
        if (f.verdict() != Verdict.CORRECT) {
            for (Map.Entry<String, PartFeedback> e : f.parts().entrySet()) {
                if (e.getValue().verdict() != Verdict.CORRECT) {
                    failures.add(new SelfTestReport.Failure(
                            variant.number(),
                            e.getKey(),
                            SelfTestReport.Check.MODEL_ANSWER,
                            "",
                            describe(e.getValue())));
                }
            }
        }
        for (Part part : variant.parts()) {
            for (CannedAnswer canned : part.canned()) {
                Map<String, Answer> answers = new LinkedHashMap<>(model);
                answers.put(part.id(), canned.answer());
                PartFeedback p =
                        grader.check(variant, answers, seed, runs).parts().get(part.id());
                String problem = problem(canned, p);
                if (problem != null) {
                    failures.add(new SelfTestReport.Failure(
                            variant.number(), part.id(), SelfTestReport.Check.CANNED_ANSWER, canned.label(), problem));
                }
            }
        }
        return failures;
    }

    private static String problem(CannedAnswer canned, PartFeedback p) {
        boolean verdictOk = canned.invalid()
                ? p.verdict() == Verdict.INVALID
                : p.verdict() == Verdict.INCORRECT || p.verdict() == Verdict.PARTIALLY_CORRECT;
        Set<Note> notes = new HashSet<>(p.notes());
        if (verdictOk && notes.equals(canned.notes())) {
            return null;
        }
        return "expected " + (canned.invalid() ? "invalid" : "a wrong answer") + " with notes " + keys(canned.notes())
                + ", got " + describe(p);
    }

    private static String describe(PartFeedback p) {
        return p.verdict().apiName() + " with notes " + keys(p.notes()) + ": "
                + String.join(" ", p.messages().stream().map(Message::text).toList());
    }

    private static List<String> keys(Collection<Note> notes) {
        return notes.stream().map(Note::key).sorted().toList();
    }
}
