package org.gradientlab.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.grading.Feedback;
import org.gradientlab.grading.Grader;
import org.gradientlab.grading.GradingSeed;
import org.gradientlab.grading.PartFeedback;
import org.gradientlab.grading.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Grading one answer to the chain-rule exercise end to end, as the check endpoint does: read the text, compare it
 * with f'(x) at the seeded sample points, and for a wrong answer search the misconception mutations. Variant 0 is
 * the course's f(x) = sin(x²), f'(x) = 2x·cos(x²). Sampled, so the report gives p50 and p99. The setup checks each
 * answer gets the verdict (and note) it stands for.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Djmh.args="GradeChainRuleBenchmark"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GradeChainRuleBenchmark {

    /** The answers graded, each with the verdict and note it must get. */
    public enum ChainRuleAnswer {
        /** Right, written with implicit products. */
        CORRECT("2x cos(x^2)", Verdict.CORRECT, null),
        /** The commonest slip: the inner derivative 2x left out. */
        MISSING_INNER_DERIVATIVE("cos(x^2)", Verdict.INCORRECT, Note.MISSING_INNER_DERIVATIVE),
        /** Wrong in no catalogued way: every mutation is tried and none matches (the search's worst case). */
        UNDIAGNOSED("x^3 + 1", Verdict.INCORRECT, null),
        /** A format error: an unclosed parenthesis. */
        MALFORMED("2x cos(x^2", Verdict.INVALID, null);

        final String text;
        final Verdict verdict;
        final Note note;

        ChainRuleAnswer(String text, Verdict verdict, Note note) {
            this.text = text;
            this.verdict = verdict;
            this.note = note;
        }
    }

    @Param
    public ChainRuleAnswer answer;

    private final Grader grader = new Grader();
    private Variant variant;
    private Map<String, Answer> answers;
    private GradingSeed seed;

    @Setup(Level.Trial)
    public void setUp() {
        variant = Catalogue.standard().byId("chain-rule").orElseThrow().variant(0);
        Part part = variant.parts().getFirst();
        answers = Map.of(part.id(), Answer.text(answer.text));
        seed = new GradingSeed(variant.exerciseId(), 0, "benchmark-student", 1);
        PartFeedback graded = grade().parts().get(part.id());
        List<Note> expectedNotes = answer.note == null ? List.of() : List.of(answer.note);
        boolean notesAsExpected = answer.note == null
                ? !graded.notes().contains(Note.MISSING_INNER_DERIVATIVE)
                : graded.notes().equals(expectedNotes);
        if (graded.verdict() != answer.verdict || !notesAsExpected) {
            throw new IllegalStateException(answer + " is graded " + graded.verdict() + " with notes " + graded.notes()
                    + ", expected " + answer.verdict + " with " + expectedNotes);
        }
    }

    @Benchmark
    public Feedback grade() {
        return grader.check(variant, answers, seed);
    }
}
