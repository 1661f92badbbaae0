package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Choice;
import org.gradientlab.exercises.ChoiceCheck;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.ExperimentCheck;
import org.gradientlab.exercises.KnownMistake;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.OptimizerRule;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.VectorCheck;

/**
 * A tiny network trained with Adam: choose Adam's learning rate and the epochs so that the 4-2-1 network (hidden
 * layers are a parameter) learns the credit rule (graded by training it), inspect Adam's m, v and m̂ after its
 * first step, give the bias-correction factors at t = 1 (1/(1 − β1) = 10 for β1 = 0.9), and say what the same
 * network reaches on coin-flip labels. Variant 0 uses PyTorch's β1 = 0.9, β2 = 0.999; variants draw other β's and
 * other data and initial weights.
 */
public final class NeuralNetExercise implements Exercise {

    static final String ID = "neural-net";
    static final String HIDDEN = "hidden";
    static final String BETA1 = "beta1";
    static final String BETA2 = "beta2";
    static final String GOAL = "goal";
    /** Typed moments and factors: three significant figures. */
    static final Tolerance FIGURES = Tolerance.significantFigures(3);
    /** Work allowed for one graded training run: parameters × training samples × epochs. */
    private static final double WORK = 5e7;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Tiny network with Adam";
    }

    @Override
    public String unit() {
        return "Learning from data";
    }

    @Override
    public String summary() {
        return "Train a 4-2-1 network with Adam, and read Adam's moments and bias correction after its first step.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(
                        HIDDEN,
                        "2",
                        "The hidden layer sizes, comma-separated (1 to 3 layers of 1 to 64 units), "
                                + "e.g. 64, 64, 64. Larger networks train more slowly, so they get fewer epochs."),
                new Parameter(BETA1, "0.9", "Adam's β1, in [0.5, 0.99]."),
                new Parameter(BETA2, "0.999", "Adam's β2, in [0.9, 0.9999]."),
                new Parameter(GOAL, "0.95", "The validation accuracy the training must reach, in [0.6, 0.99]."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(HIDDEN, BETA1, BETA2, GOAL));
        VariantRandom r = VariantRandom.of(ID, number);
        int[] layers = layers(overrides.getOrDefault(HIDDEN, "2"));
        double beta1 = overrides.containsKey(BETA1)
                ? ParameterValues.number(BETA1, overrides.get(BETA1), 0.5, 0.99)
                : number == 0 ? 0.9 : r.pick(0.8, 0.9, 0.95);
        double beta2 = overrides.containsKey(BETA2)
                ? ParameterValues.number(BETA2, overrides.get(BETA2), 0.9, 0.9999)
                : number == 0 ? 0.999 : r.pick(0.99, 0.999);
        double goal = overrides.containsKey(GOAL) ? ParameterValues.number(GOAL, overrides.get(GOAL), 0.6, 0.99) : 0.95;
        int parameterCount = new org.gradientlab.engine.learning.Mlp(layers).parameterCount();
        int budget = (int) Math.max(3, Math.min(10, WORK / ((double) parameterCount * NeuralNetFacts.TRAIN)));
        long seed = 1000L + number;
        NeuralNetFacts facts = NeuralNetFacts.of(layers, seed, beta1, beta2, goal, budget);
        NeuralNetTexts texts = new NeuralNetTexts(facts, beta1, beta2, goal, budget);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(
                HIDDEN,
                String.join(
                        ", ",
                        Arrays.stream(layers, 1, layers.length - 1)
                                .mapToObj(Integer::toString)
                                .toList()));
        parameters.put(BETA1, ParameterValues.text(beta1));
        parameters.put(BETA2, ParameterValues.text(beta2));
        parameters.put(GOAL, ParameterValues.text(goal));
        return new Variant(
                ID,
                number,
                "Tiny network with Adam",
                texts.explanation(),
                parameters,
                List.of(
                        trainingPart(layers, seed, beta1, beta2, goal, budget, facts, texts),
                                correctionPart(facts, texts),
                        momentsPart(facts, beta1, beta2, texts), coinPart(facts, texts)),
                texts.hints(),
                texts.solution());
    }

    private static int[] layers(String text) {
        double[] hidden = ParameterValues.numbers(HIDDEN, text);
        if (hidden.length < 1 || hidden.length > 3) {
            throw new ParameterException(ParameterProblem.of(
                    HIDDEN, ParameterProblem.Key.UNSUITABLE, text, "give 1 to 3 hidden layer sizes"));
        }
        int[] layers = new int[hidden.length + 2];
        layers[0] = 4;
        layers[layers.length - 1] = 1;
        for (int i = 0; i < hidden.length; i++) {
            if (hidden[i] != Math.rint(hidden[i]) || hidden[i] < 1 || hidden[i] > 64) {
                throw new ParameterException(
                        ParameterProblem.of(HIDDEN, ParameterProblem.Key.OUT_OF_RANGE, "a hidden layer size", 1, 64));
            }
            layers[i + 1] = (int) hidden[i];
        }
        return layers;
    }

    private static Part trainingPart(
            int[] layers,
            long seed,
            double beta1,
            double beta2,
            double goal,
            int budget,
            NeuralNetFacts facts,
            NeuralNetTexts texts) {
        ExperimentCheck check = new ExperimentCheck(
                new ExperimentCheck.Problem.OnNetwork(
                        Arrays.stream(layers).boxed().toList(),
                        seed,
                        NeuralNetFacts.SAMPLES,
                        NeuralNetFacts.TRAIN,
                        NeuralNetFacts.BATCH),
                OptimizerRule.ADAM,
                Map.of(BETA1, beta1, BETA2, beta2, "eps", 1e-8),
                List.of(ExperimentCheck.Setting.number("lr", 0, 10), ExperimentCheck.Setting.length("epochs", budget)),
                Map.of(),
                budget,
                new ExperimentCheck.Goal.Accuracy(goal));
        List<CannedAnswer> canned = new ArrayList<>();
        if (facts.courseAccuracy() < goal) {
            canned.add(CannedAnswer.of(
                    "the course material's α = 1e-4 learns too slowly",
                    settings("1e-4", Integer.toString(budget)),
                    Note.TARGET_NOT_REACHED));
        }
        canned.add(CannedAnswer.of(
                "more epochs than the budget",
                settings(ParameterValues.text(facts.modelRate()), Integer.toString(budget + 1)),
                Note.OVER_BUDGET));
        canned.add(CannedAnswer.invalid("no learning rate", Answer.settings(Map.of("epochs", "5"))));
        return new Part(
                "training",
                AnswerType.SETTINGS,
                texts.trainingPrompt(),
                2,
                settings(ParameterValues.text(facts.modelRate()), Integer.toString(budget)),
                check,
                canned);
    }

    private static Answer settings(String lr, String epochs) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lr", lr);
        values.put("epochs", epochs);
        return Answer.settings(values);
    }

    private static Part correctionPart(NeuralNetFacts facts, NeuralNetTexts texts) {
        double factor = facts.first().firstMomentCorrection();
        double beta1 = facts.first().beta1();
        NumberCheck check = new NumberCheck(
                factor,
                FIGURES,
                List.of(
                        new KnownMistake(1, Note.MISSING_BIAS_CORRECTION, "1: m used without the bias correction"),
                        new KnownMistake(1 - beta1, Note.CONSTANT_FACTOR, "1 − β1, the correction turned upside down"),
                        new KnownMistake(1 / beta1, Note.WRONG_DECAY, "1/β1: β1 where 1 − β1 belongs")));
        return new Part(
                "correction",
                AnswerType.NUMBER,
                texts.correctionPrompt(),
                1,
                Answer.text(Figures.of(factor, 4)),
                check,
                List.of(
                        CannedAnswer.of("no correction", Answer.text("1"), Note.MISSING_BIAS_CORRECTION),
                        CannedAnswer.of("upside down", Answer.text(Figures.of(1 - beta1, 4)), Note.CONSTANT_FACTOR),
                        CannedAnswer.invalid("β written out", Answer.text("1/(1-beta1)"), Note.UNKNOWN_VARIABLE)));
    }

    private static Part momentsPart(NeuralNetFacts facts, double beta1, double beta2, NeuralNetTexts texts) {
        double[] q = facts.inspected();
        String g = Figures.of(q[0]);
        VectorCheck check = new VectorCheck(
                List.of(Double.toString(q[1]), Double.toString(q[2]), Double.toString(q[3])), Map.of(), FIGURES);
        return new Part(
                "first-moments",
                AnswerType.VECTOR,
                texts.momentsPrompt(),
                1,
                Answer.entries(Figures.of(q[1], 4), Figures.of(q[2], 4), Figures.of(q[3], 4)),
                check,
                List.of(
                        CannedAnswer.of(
                                "no (1 − β) weights",
                                Answer.entries(g, Figures.of(q[0] * q[0], 4), g),
                                Note.WRONG_ENTRY),
                        CannedAnswer.of(
                                "no bias correction",
                                Answer.entries(Figures.of(q[1], 4), Figures.of(q[2], 4), Figures.of(q[1], 4)),
                                Note.WRONG_ENTRY),
                        CannedAnswer.invalid("a missing entry", Answer.entries(Figures.of(q[1], 4), "", g))));
    }

    private static Part coinPart(NeuralNetFacts facts, NeuralNetTexts texts) {
        boolean chance = Math.abs(facts.coinAccuracy() - 0.5) < 0.1;
        String correct = chance ? "chance" : "learned";
        String wrong = chance ? "learned" : "chance";
        ChoiceCheck check = new ChoiceCheck(
                List.of(
                        new Choice("chance", "About 50%: labels that do not depend on the inputs cannot be predicted"),
                        new Choice("learned", "Well above 50%: Adam fits the network to the labels")),
                correct,
                Map.of());
        return new Part(
                "coin-labels",
                AnswerType.CHOICE,
                texts.coinPrompt(),
                1,
                Answer.text(correct),
                check,
                List.of(CannedAnswer.of("the other one", Answer.text(wrong))));
    }
}
