package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        ComparisonTable regression = ComparisonTable.regression(RegressionDatasets.course(), REGRESSION_START, epochs);
        ComparisonTable rosenbrock = ComparisonTable.rosenbrock(start, steps);
        for (int attempt = 0; number > 0 && attempt < 40; attempt++) {
            ComparisonTable g = ComparisonTable.regression(
                    RegressionDatasets.seeded(
                            r.pick(-2.0, 1.5, 2.0, 3.0, 4.0),
                            r.pick(-1.0, 1.0, 2.0, 5.0),
                            r.pick(1.0, 2.0, 3.0),
                            r.nextInt(1 << 30)),
                    REGRESSION_START,
                    epochs);
            if (g.clearCut()) {
                regression = g;
                break;
            }
        }
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
