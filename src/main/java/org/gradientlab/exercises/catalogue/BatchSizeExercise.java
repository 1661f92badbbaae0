package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.learning.RegressionData;
import org.gradientlab.engine.learning.SeededRandom;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Choice;
import org.gradientlab.exercises.ChoiceCheck;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.KnownMistake;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.Variant;

/**
 * Mini-batch size on the 5-feature regression: which batch size has the noisiest gradient, by what factor the
 * variance of the gradient vector falls from B = 16 to B = 64 (about 4: it scales like 1/B), how the variance of
 * the gradient's norm, which the course material printed as "gradient variance", compares with the variance of the
 * vector (never larger: |‖g‖ − ‖ḡ‖| ≤ ‖g − ḡ‖), and how many epochs full-batch gradient descent needs. Everything is measured by the engine on seeded data; variant 0 is the course
 * material's setting (10 000 samples, w = (1, −2, 0.5, 3, −1), σ = 0.5), drawn from the engine's generator.
 */
public final class BatchSizeExercise implements Exercise {

    static final String ID = "batch-size";
    static final String SAMPLES = "samples";
    static final String NOISE = "noise";
    static final List<String> IDS = List.of("b1", "b16", "b64", "b256", "b1024", "full");
    /** "About 4": the exact ratio is 4(n − 16)/(n − 64), a little above 4. */
    static final Tolerance ABOUT = new Tolerance(0.03, 0);

    private static final double[] COURSE_WEIGHTS = {1, -2, 0.5, 3, -1};

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Mini-batch size";
    }

    @Override
    public String unit() {
        return "Learning from data";
    }

    @Override
    public String summary() {
        return "Measure how the gradient's variance falls with the batch size on a 5-feature regression.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(SAMPLES, "10000", "The number of samples n (2000 to 20000)."),
                new Parameter(NOISE, "0.5", "The noise σ of the targets (0.1 to 2)."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(SAMPLES, NOISE));
        VariantRandom r = VariantRandom.of(ID, number);
        // Drawn whether or not they are overridden, so that the weights after them depend on the number alone.
        int drawnN = number == 0 ? 10_000 : r.pickInt(2000, 5000, 10_000);
        double drawnSigma = number == 0 ? 0.5 : r.pick(0.5, 1.0);
        int n = overrides.containsKey(SAMPLES)
                ? ParameterValues.whole(SAMPLES, overrides.get(SAMPLES), 2000, 20_000)
                : drawnN;
        double sigma =
                overrides.containsKey(NOISE) ? ParameterValues.number(NOISE, overrides.get(NOISE), 0.1, 2) : drawnSigma;
        double[] weights = weights(number, r);
        BatchSizeStudyFacts facts = BatchSizeStudyFacts.of(n, weights, sigma, seed(number));
        if (facts.fullEpochs() < 0) {
            throw new ParameterException(ParameterProblem.of(
                    NOISE,
                    ParameterProblem.Key.UNSUITABLE,
                    sigma,
                    "full-batch gradient descent does not reach the stop loss within 50 epochs"));
        }
        BatchSizeTexts texts = new BatchSizeTexts(facts, weights, sigma);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(SAMPLES, Integer.toString(n));
        parameters.put(NOISE, ParameterValues.text(sigma));
        return new Variant(
                ID,
                number,
                "Mini-batch size",
                texts.explanation(),
                parameters,
                List.of(
                        noisiestPart(facts, texts),
                        ratioPart(facts, texts),
                        statisticPart(facts, texts),
                        epochsPart(facts, texts)),
                texts.hints(),
                texts.solution());
    }

    /**
     * The regression data of a variant: {@code samples} rows of five standard-normal features with targets
     * y = x·w + σz, drawn by the engine's generator {@code SeededRandom.of(seed)}. The exercise measures every
     * number at w = 0 and draws its batches from the same generator right after the data.
     *
     * @param samples the number of samples n
     * @param weights the true weights w
     * @param noise   the noise σ of the targets
     * @param seed    the generator's seed
     */
    public record Data(int samples, List<Double> weights, double noise, long seed) {
        public Data {
            weights = List.copyOf(weights);
        }

        /** The data, drawn from {@code random} (which should be {@code SeededRandom.of(seed())}). */
        public RegressionData generate(SeededRandom random) {
            return RegressionData.generate(
                    samples, weights.stream().mapToDouble(Double::doubleValue).toArray(), noise, random);
        }
    }

    /** The data behind this variant of the exercise, for charts that measure what the exercise measures. */
    public static Data data(Variant variant) {
        if (!variant.exerciseId().equals(ID)) {
            throw new IllegalArgumentException("not a variant of " + ID + ": " + variant.exerciseId());
        }
        int number = variant.number();
        VariantRandom r = VariantRandom.of(ID, number);
        if (number > 0) {
            r.pickInt(2000, 5000, 10_000);
            r.pick(0.5, 1.0);
        }
        double[] weights = weights(number, r);
        return new Data(
                Integer.parseInt(variant.parameters().get(SAMPLES)),
                java.util.Arrays.stream(weights).boxed().toList(),
                Double.parseDouble(variant.parameters().get(NOISE)),
                seed(number));
    }

    /** The course material's weights for variant 0, drawn ones (after n and σ) for the others. */
    private static double[] weights(int number, VariantRandom r) {
        double[] weights = COURSE_WEIGHTS.clone();
        if (number > 0) {
            for (int j = 0; j < weights.length; j++) {
                weights[j] = r.pickInt(-3, -2, -1, 1, 2, 3);
            }
        }
        return weights;
    }

    private static long seed(int number) {
        return 42L + number;
    }

    private static Part noisiestPart(BatchSizeStudyFacts facts, BatchSizeTexts texts) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < IDS.size(); i++) {
            choices.add(new Choice(IDS.get(i), texts.label(i)));
        }
        String correct = IDS.get(facts.noisiest());
        return new Part(
                "noisiest",
                AnswerType.CHOICE,
                texts.noisiestPrompt(),
                1,
                Answer.text(correct),
                new ChoiceCheck(choices, correct, Map.of()),
                List.of(
                        CannedAnswer.of("the full batch", Answer.text("full")),
                        CannedAnswer.invalid("a size that is not offered", Answer.text("b32"))));
    }

    private static Part ratioPart(BatchSizeStudyFacts facts, BatchSizeTexts texts) {
        double ratio = facts.exactRatio(1, 2);
        NumberCheck check = new NumberCheck(
                ratio,
                ABOUT,
                List.of(
                        new KnownMistake(
                                Math.sqrt(ratio),
                                Note.CONSTANT_FACTOR,
                                "√" + Figures.of(ratio, 3) + ", the ratio of standard deviations"),
                        new KnownMistake(
                                1 / ratio,
                                Note.CONSTANT_FACTOR,
                                "1/" + Figures.of(ratio, 3) + ": the variance falls, it does not grow")));
        return new Part(
                "variance-ratio",
                AnswerType.NUMBER,
                texts.ratioPrompt(),
                1,
                Answer.text("4"),
                check,
                List.of(
                        CannedAnswer.of("standard deviations", Answer.text("2"), Note.CONSTANT_FACTOR),
                        CannedAnswer.of("upside down", Answer.text("0.25"), Note.CONSTANT_FACTOR),
                        CannedAnswer.invalid("a word", Answer.text("four"), Note.UNKNOWN_VARIABLE)));
    }

    private static Part statisticPart(BatchSizeStudyFacts facts, BatchSizeTexts texts) {
        boolean smaller = true;
        for (int i = 0; i < facts.noise().size(); i++) {
            smaller &=
                    facts.noise().get(i).normVariance() <= facts.noise().get(i).traceVariance();
        }
        String correct = smaller ? "smaller" : "larger";
        ChoiceCheck check = new ChoiceCheck(
                List.of(
                        new Choice("smaller", "Smaller (or equal) for every batch size"),
                        new Choice("same", "The same quantity under another name"),
                        new Choice("larger", "Larger for every batch size")),
                correct,
                Map.of());
        List<CannedAnswer> canned = new ArrayList<>();
        for (String id : List.of("smaller", "same", "larger")) {
            if (!id.equals(correct)) {
                canned.add(CannedAnswer.of(id, Answer.text(id)));
            }
        }
        return new Part(
                "statistic", AnswerType.CHOICE, texts.statisticPrompt(), 1, Answer.text(correct), check, canned);
    }

    private static Part epochsPart(BatchSizeStudyFacts facts, BatchSizeTexts texts) {
        int epochs = facts.fullEpochs();
        List<CannedAnswer> canned = new ArrayList<>();
        if (epochs != 1) {
            canned.add(CannedAnswer.of("one epoch, as the small batches need", Answer.text("1")));
        }
        canned.add(CannedAnswer.invalid("two decimal points", Answer.text("1.4.1")));
        return new Part(
                "full-batch-epochs",
                AnswerType.NUMBER,
                texts.epochsPrompt(),
                1,
                Answer.text(Integer.toString(epochs)),
                new NumberCheck(epochs, new Tolerance(0, 0.25), List.of()),
                canned);
    }
}
