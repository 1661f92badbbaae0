package org.gradientlab.grading;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gradientlab.engine.learning.SeededRandom;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.ChoiceCheck;
import org.gradientlab.exercises.DivergenceThresholdCheck;
import org.gradientlab.exercises.ExperimentCheck;
import org.gradientlab.exercises.ExpressionCheck;
import org.gradientlab.exercises.LogScaleCheck;
import org.gradientlab.exercises.MatrixCheck;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.NumberSetCheck;
import org.gradientlab.exercises.OptimizerRuleCheck;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.RunCheck;
import org.gradientlab.exercises.StepsCheck;
import org.gradientlab.exercises.UnorderedNumbersCheck;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.VectorCheck;

/**
 * Checks answers against the engine, in PrairieLearn's lifecycle: each part's answer is <b>parsed</b> (a format
 * error makes the part invalid: nothing graded, no attempt used), <b>shown</b> ({@link #preview}: how it was
 * read), then <b>graded</b> by the part's check into a {@link PartFeedback}; {@link Feedback} combines the parts as
 * DESIGN §5 says. Grading is deterministic in the {@link GradingSeed} and never throws on any answer: a fault in
 * grading itself makes the part unverifiable (never wrong) with {@link MessageKey#GRADING_FAILED}.
 *
 * <p>Typical use: {@code grader.check(exercise.variant(n), answers, GradingSeed.practice(id, n))}.
 */
public final class Grader {

    /** Grades a submission: answers by part id, in the answer encoding. Parts without an answer are invalid. */
    public Feedback check(Variant variant, Map<String, Answer> answers, GradingSeed seed) {
        return check(variant, answers, seed, new Runs());
    }

    /** As {@link #check(Variant, Map, GradingSeed)}, reusing the engine runs in {@code runs}. */
    Feedback check(Variant variant, Map<String, Answer> answers, GradingSeed seed, Runs runs) {
        Map<String, PartFeedback> graded = new LinkedHashMap<>();
        for (Part part : variant.parts()) {
            graded.put(part.id(), gradePart(variant, part, answers.get(part.id()), answers, seed, runs));
        }
        return Combination.combine(variant.parts(), graded);
    }

    /**
     * Grades a submission whose answers are JSON values decoded as plain Java objects (strings, numbers, lists,
     * maps), as the API receives them. A value without an answer encoding makes its part invalid.
     */
    public Feedback checkJson(Variant variant, Map<String, ?> answers, GradingSeed seed) {
        Map<String, Answer> decoded = new LinkedHashMap<>();
        Map<String, PartFeedback> refused = new LinkedHashMap<>();
        for (Part part : variant.parts()) {
            if (answers.containsKey(part.id())) {
                Optional<Answer> a = Answer.fromJson(answers.get(part.id()));
                a.ifPresentOrElse(
                        v -> decoded.put(part.id(), v),
                        () -> refused.put(part.id(), PartFeedback.invalid(wrongEncoding(part.type()))));
            }
        }
        Map<String, PartFeedback> graded = new LinkedHashMap<>();
        Runs runs = new Runs();
        for (Part part : variant.parts()) {
            PartFeedback f = refused.get(part.id());
            graded.put(
                    part.id(), f != null ? f : gradePart(variant, part, decoded.get(part.id()), decoded, seed, runs));
        }
        return Combination.combine(variant.parts(), graded);
    }

    /**
     * How one part's answer reads, before grading; nothing is graded.
     *
     * @throws IllegalArgumentException when the variant has no part {@code partId}
     */
    public Preview preview(Variant variant, String partId, Answer answer) {
        Part part = variant.part(partId).orElseThrow(() -> new IllegalArgumentException("no part " + partId));
        try {
            return stage(
                            variant,
                            part,
                            answer,
                            Map.of(partId, answer),
                            GradingSeed.practice(variant.exerciseId(), 0),
                            new Runs())
                    .preview();
        } catch (RuntimeException e) {
            return new Preview(false, Optional.empty(), List.of(MessageKey.GRADING_FAILED.with()), List.of());
        }
    }

    private static PartFeedback gradePart(
            Variant variant, Part part, Answer answer, Map<String, Answer> answers, GradingSeed seed, Runs runs) {
        try {
            return stage(variant, part, answer, answers, seed, runs).grade();
        } catch (RuntimeException e) {
            return PartFeedback.unverifiable(List.of(MessageKey.GRADING_FAILED.with()), null);
        }
    }

    private static Staged<?> stage(
            Variant variant, Part part, Answer answer, Map<String, Answer> answers, GradingSeed seed, Runs runs) {
        if (answer == null) {
            return Staged.failed(MessageKey.MISSING_ANSWER.with());
        }
        Answer a = coerce(part.type(), answer);
        if (!part.type().accepts(a)) {
            return Staged.failed(wrongEncoding(part.type()));
        }
        return switch (part.check()) {
            case ExpressionCheck c ->
                new Staged<>(
                        ExpressionGrader.read(c, text(a)),
                        (e, shown) -> ExpressionGrader.grade(c, e, shown, random(seed, part)));
            case NumberCheck c ->
                new Staged<>(NumberReader.number(text(a)), (v, shown) -> NumberGrader.grade(c, v, shown));
            case VectorCheck c ->
                new Staged<>(
                        VectorGrader.read(c, ((Answer.Entries) a).entries()),
                        (v, shown) -> VectorGrader.grade(c, v, shown));
            case MatrixCheck c ->
                new Staged<>(
                        MatrixGrader.read(c, ((Answer.Grid) a).rows()), (v, shown) -> MatrixGrader.grade(c, v, shown));
            case ChoiceCheck c ->
                new Staged<>(ChoiceGrader.read(c, text(a)), (v, shown) -> ChoiceGrader.grade(c, v, shown));
            case NumberSetCheck c ->
                new Staged<>(
                        NumberSetGrader.read(c, ((Answer.Entries) a).entries()),
                        (v, shown) -> NumberSetGrader.grade(c, v, shown));
            case RunCheck c ->
                new Staged<>(
                        RunSettings.read(((Answer.Settings) a).values()),
                        (v, shown) -> RunGrader.settings(c, v, shown, runs));
            case StepsCheck c ->
                new Staged<>(
                        NumberReader.number(text(a)),
                        (v, shown) -> RunGrader.steps(variant, c, v, shown, answers, runs));
            case LogScaleCheck c ->
                new Staged<>(NumberReader.number(text(a)), (v, shown) -> LogScaleGrader.grade(c, v, shown));
            case UnorderedNumbersCheck c ->
                new Staged<>(
                        UnorderedNumbersGrader.read(((Answer.Entries) a).entries()),
                        (v, shown) -> UnorderedNumbersGrader.grade(c, v, shown));
            case DivergenceThresholdCheck c ->
                new Staged<>(NumberReader.number(text(a)), (v, shown) -> DivergenceThresholdGrader.grade(c, v, shown));
            case ExperimentCheck c ->
                new Staged<>(
                        ExperimentGrader.read(c, ((Answer.Settings) a).values()),
                        (s, shown) -> ExperimentGrader.grade(c, s, shown));
            case OptimizerRuleCheck c ->
                new Staged<>(
                        OptimizerRuleGrader.read(c, text(a)), (p, shown) -> OptimizerRuleGrader.grade(c, p, shown));
        };
    }

    /** The empty list decodes as entries; a matrix part reads it as an empty grid. */
    private static Answer coerce(AnswerType type, Answer answer) {
        if (type == AnswerType.MATRIX
                && answer instanceof Answer.Entries e
                && e.entries().isEmpty()) {
            return Answer.grid(List.of());
        }
        return answer;
    }

    private static String text(Answer a) {
        return ((Answer.Text) a).text();
    }

    private static Message wrongEncoding(AnswerType type) {
        String expected =
                switch (type) {
                    case EXPRESSION -> "an expression, as text";
                    case NUMBER -> "a number, as text";
                    case VECTOR -> "a list of entries";
                    case MATRIX -> "a list of rows of cells";
                    case CHOICE -> "the id of one choice";
                    case NUMBER_SET -> "a list of numbers (possibly empty)";
                    case SETTINGS -> "an object of named settings";
                    case UPDATE_RULE -> "update rules as one text, one assignment per line";
                };
        return MessageKey.WRONG_ENCODING.with(expected);
    }

    /** The part's own stream: the submission's seed mixed with the part id. */
    private static SeededRandom random(GradingSeed seed, Part part) {
        long h = seed.value();
        for (byte b : part.id().getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return SeededRandom.of(h);
    }
}
