package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.function.DifferentiableFunction;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.learning.LinearData;
import org.gradientlab.engine.learning.LinearRegressionLoss;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Choice;
import org.gradientlab.exercises.ChoiceCheck;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.Variant;

/**
 * SGD, momentum, RMSProp and Adam raced by the engine on the linear regression and on Rosenbrock, with questions
 * whose answers follow from the engine's numbers (which ends closest, which farthest, how many reach the minimum).
 * Variant 0 is the course material's two races; in it Adam ends closest on the regression but farthest on
 * Rosenbrock, where the material claims that it "finds the optimum". Other variants draw the regression data and
 * Rosenbrock's start point, keeping only races whose answers are clear-cut.
 */
public final class OptimizerComparisonExercise implements Exercise {

    static final String ID = "optimizer-comparison";
    static final String START = "start";
    static final String STEPS = "steps";
    static final String EPOCHS = "epochs";
    private static final double[] REGRESSION_START = {0.1, 0.5};
    private static final double[][] STARTS = {
        {-2, 2}, {-1.5, 2}, {-1, 1}, {0, 2}, {-2, -1}, {1.5, -1}, {-1.5, 1.5}, {2, 2}, {-0.5, 0.5}, {0.5, -0.5}
    };
    /** How close to (1, 1) counts as having reached the minimum. */
    static final double REACHED = 0.01;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "SGD vs Momentum vs RMSProp vs Adam";
    }

    @Override
    public String unit() {
        return "Momentum and adaptive methods";
    }

    @Override
    public String summary() {
        return "Compare four optimizers on a linear regression and on Rosenbrock, and say what the numbers show.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(START, "-2, 2", "Rosenbrock's start point."),
                new Parameter(STEPS, "5000", "The steps of each Rosenbrock run (100 to 20000)."),
                new Parameter(EPOCHS, "500", "The epochs of each regression run (10 to 5000)."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(START, STEPS, EPOCHS));
        int steps =
                overrides.containsKey(STEPS) ? ParameterValues.whole(STEPS, overrides.get(STEPS), 100, 20_000) : 5000;
        int epochs =
                overrides.containsKey(EPOCHS) ? ParameterValues.whole(EPOCHS, overrides.get(EPOCHS), 10, 5000) : 500;
        double[] fixedStart =
                overrides.containsKey(START) ? ParameterValues.point(START, overrides.get(START), 2) : null;
        VariantRandom r = VariantRandom.of(ID, number);
        double[] start = fixedStart != null ? fixedStart : STARTS[0];
        ComparisonTable regression =
                ComparisonTable.regression(regressionData(number, epochs, r), REGRESSION_START, epochs);
        ComparisonTable rosenbrock = ComparisonTable.rosenbrock(start, steps);
        for (int attempt = 0; number > 0 && fixedStart == null && attempt < 10; attempt++) {
            double[] s = STARTS[r.nextInt(STARTS.length)];
            ComparisonTable h = ComparisonTable.rosenbrock(s, steps);
            if (h.clearCut()) {
                start = s;
                rosenbrock = h;
                break;
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(START, ParameterValues.text(start[0]) + ", " + ParameterValues.text(start[1]));
        parameters.put(STEPS, Integer.toString(steps));
        parameters.put(EPOCHS, Integer.toString(epochs));
        OptimizerComparisonTexts texts = new OptimizerComparisonTexts(regression, rosenbrock, start, steps, epochs);
        List<Part> parts = List.of(
                choice(
                        "regression-closest",
                        texts.question(
                                "the linear regression", epochs + " epochs", "closest to the " + "least-squares line"),
                        regression,
                        regression.closest().id()),
                choice(
                        "regression-farthest",
                        texts.question(
                                "the linear regression",
                                epochs + " epochs",
                                "farthest from " + "the least-squares line"),
                        regression,
                        regression.farthest().id()),
                choice(
                        "rosenbrock-closest",
                        texts.question("Rosenbrock", steps + " steps", "closest to the minimum $(1, 1)$"),
                        rosenbrock,
                        rosenbrock.closest().id()),
                choice(
                        "rosenbrock-farthest",
                        texts.question("Rosenbrock", steps + " steps", "farthest from $(1, 1)$"),
                        rosenbrock,
                        rosenbrock.farthest().id()),
                reachedPart(rosenbrock, texts));
        return new Variant(
                ID,
                number,
                "SGD vs Momentum vs RMSProp vs Adam",
                texts.explanation(),
                parameters,
                parts,
                texts.hints(),
                texts.solution());
    }

    /**
     * One optimizer of a race.
     *
     * @param id    the choice id ({@code sgd}, {@code momentum}, {@code rmsprop}, {@code adam})
     * @param label the optimizer with its form and hyperparameters, Markdown with LaTeX
     * @param text  the same in plain text, for a chart's legend
     * @param spec  the engine's optimizer
     */
    public record Racer(String id, String label, String text, OptimizerSpec spec) {}

    /**
     * One of the variant's two races, as the exercise runs it.
     *
     * @param function the function minimised (the mean squared error of y = wx + b, or Rosenbrock)
     * @param start    the start point
     * @param updates  the updates of every run (epochs of full-batch descent for the regression)
     * @param minimum  the least value of the function
     * @param racers   the four optimizers, in display order
     */
    public record Race(
            DifferentiableFunction function, List<Double> start, int updates, double minimum, List<Racer> racers) {
        public Race {
            start = List.copyOf(start);
            racers = List.copyOf(racers);
        }
    }

    /** The variant's race on the linear regression: its data (drawn as the variant drew it) and the four racers. */
    public static Race regressionRace(Variant variant) {
        int epochs = Integer.parseInt(parameter(variant, EPOCHS));
        LinearRegressionLoss f = new LinearRegressionLoss(
                regressionData(variant.number(), epochs, VariantRandom.of(ID, variant.number())));
        return new Race(
                f,
                List.of(REGRESSION_START[0], REGRESSION_START[1]),
                epochs,
                f.leastSquares().loss(),
                ComparisonTable.regressionRacers());
    }

    /** The variant's race on Rosenbrock from its start point. */
    public static Race rosenbrockRace(Variant variant) {
        double[] start = ParameterValues.point(START, parameter(variant, START), 2);
        return new Race(
                Landscapes.ROSENBROCK,
                List.of(start[0], start[1]),
                Integer.parseInt(parameter(variant, STEPS)),
                0,
                ComparisonTable.rosenbrockRacers());
    }

    private static String parameter(Variant variant, String name) {
        if (!variant.exerciseId().equals(ID)) {
            throw new IllegalArgumentException("not a variant of " + ID + ": " + variant.exerciseId());
        }
        return variant.parameters().get(name);
    }

    /**
     * The course material's data in variant 0; in the others the first seeded data set (of up to 40 drawn) whose
     * race has clear-cut answers, or the course material's when none has.
     */
    private static LinearData regressionData(int number, int epochs, VariantRandom r) {
        for (int attempt = 0; number > 0 && attempt < 40; attempt++) {
            LinearData data = RegressionDatasets.seeded(
                    r.pick(-2.0, 1.5, 2.0, 3.0, 4.0),
                    r.pick(-1.0, 1.0, 2.0, 5.0),
                    r.pick(1.0, 2.0, 3.0),
                    r.nextInt(1 << 30));
            if (ComparisonTable.regression(data, REGRESSION_START, epochs).clearCut()) {
                return data;
            }
        }
        return RegressionDatasets.course();
    }

    private static Part choice(String id, String prompt, ComparisonTable table, String correct) {
        List<Choice> choices =
                table.entries().stream().map(e -> new Choice(e.id(), e.label())).toList();
        List<CannedAnswer> canned = new ArrayList<>();
        for (String other : ComparisonTable.IDS) {
            if (!other.equals(correct)) {
                canned.add(CannedAnswer.of(other, Answer.text(other)));
            }
        }
        canned.add(CannedAnswer.invalid("not an id", Answer.text("the best one")));
        return new Part(
                id,
                AnswerType.CHOICE,
                prompt,
                1,
                Answer.text(correct),
                new ChoiceCheck(choices, correct, Map.of()),
                canned);
    }

    private static Part reachedPart(ComparisonTable rosenbrock, OptimizerComparisonTexts texts) {
        int reached = rosenbrock.within(REACHED);
        List<CannedAnswer> canned = new ArrayList<>();
        for (int wrong : new int[] {0, 4}) {
            if (wrong != reached) {
                canned.add(CannedAnswer.of(wrong + " of 4", Answer.text(Integer.toString(wrong))));
            }
        }
        canned.add(CannedAnswer.invalid("not a number", Answer.text("some"), Note.UNKNOWN_VARIABLE));
        return new Part(
                "rosenbrock-reached",
                AnswerType.NUMBER,
                texts.reachedPrompt(),
                1,
                Answer.text(Integer.toString(reached)),
                new NumberCheck(reached, new Tolerance(0, 0.25), List.of()),
                canned);
    }
}
