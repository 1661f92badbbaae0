package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.learning.LinearData;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.CannedAnswer;
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
 * Linear regression by gradient descent: pick the learning rate and the number of epochs so that full-batch GD on
 * the mean squared error ends near the least-squares line (graded by running), read that line's w and b, and give
 * the largest stable learning rate 2/λmax. Variant 0 is the course material's 50 points y = 3x + 2 + noise from
 * (w, b) = (0.1, 0.5); other variants draw the line and the noise from the engine's generator.
 */
public final class LinearRegressionExercise implements Exercise {

    static final String ID = "linear-regression";
    static final String LINE = "line";
    static final String START = "start";
    static final String BUDGET = "budget";
    static final String TOLERANCE = "tolerance";
    /** Typed w, b and learning rates: three significant figures. */
    static final Tolerance FIGURES = Tolerance.significantFigures(3);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Linear regression by gradient descent";
    }

    @Override
    public String unit() {
        return "Learning from data";
    }

    @Override
    public String summary() {
        return "Train y = wx + b by gradient descent until it reaches the least-squares line, and read w and b.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(
                        LINE,
                        "3, 2, 2",
                        "The line the data scatter around and the noise: w, b, σ. The default "
                                + "in variant 0 is the course material's 50 points with its own noise values; other variants "
                                + "draw w, b and σ, an override fixes them (the noise still differs per variant)."),
                new Parameter(START, "0.1, 0.5", "The start (w, b) of gradient descent."),
                new Parameter(BUDGET, "20000", "The most epochs a student may ask for (100 to 100000)."),
                new Parameter(TOLERANCE, "0.01", "How close to the least-squares (w, b) the run must end."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(LINE, START, BUDGET, TOLERANCE));
        VariantRandom r = VariantRandom.of(ID, number);
        double[] line = overrides.containsKey(LINE)
                ? ParameterValues.point(LINE, overrides.get(LINE), 3)
                : number == 0
                        ? new double[] {3, 2, 2}
                        : new double[] {
                            r.pick(-2.0, 1.5, 2.0, 3.0, 4.0), r.pick(-3.0, -1.0, 1.0, 2.0, 5.0), r.pick(1.0, 2.0, 3.0)
                        };
        if (!(line[2] > 0 && line[2] <= 10)) {
            throw new ParameterException(ParameterProblem.of(LINE, ParameterProblem.Key.OUT_OF_RANGE, "σ", 0, 10));
        }
        boolean course = number == 0 && Arrays.equals(line, new double[] {3, 2, 2});
        LinearData data = course
                ? RegressionDatasets.course()
                : RegressionDatasets.seeded(line[0], line[1], line[2], r.nextInt(1 << 30));
        double[] start = overrides.containsKey(START)
                ? ParameterValues.point(START, overrides.get(START), 2)
                : new double[] {0.1, 0.5};
        int budget = overrides.containsKey(BUDGET)
                ? ParameterValues.whole(BUDGET, overrides.get(BUDGET), 100, 100_000)
                : 20_000;
        double tolerance = overrides.containsKey(TOLERANCE)
                ? ParameterValues.number(TOLERANCE, overrides.get(TOLERANCE), 1e-4, 1)
                : 0.01;
        LinearRegressionFacts facts = LinearRegressionFacts.of(data, start, line, tolerance, budget);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(
                LINE,
                ParameterValues.text(line[0]) + ", " + ParameterValues.text(line[1]) + ", "
                        + ParameterValues.text(line[2]));
        parameters.put(START, ParameterValues.text(start[0]) + ", " + ParameterValues.text(start[1]));
        parameters.put(BUDGET, Integer.toString(budget));
        parameters.put(TOLERANCE, ParameterValues.text(tolerance));
        LinearRegressionTexts texts = new LinearRegressionTexts(facts, tolerance, budget);
        return new Variant(
                ID,
                number,
                "Linear regression by gradient descent",
                texts.explanation(),
                parameters,
                List.of(
                        trainingPart(data, facts, tolerance, budget, texts),
                        solutionPart(facts, texts),
                        stablePart(facts, texts)),
                texts.hints(),
                texts.solution());
    }

    private static Part trainingPart(
            LinearData data, LinearRegressionFacts facts, double tolerance, int budget, LinearRegressionTexts texts) {
        ExperimentCheck check = new ExperimentCheck(
                new ExperimentCheck.Problem.OnRegression(list(data.x()), list(data.y()), list(facts.start())),
                OptimizerRule.GRADIENT_DESCENT,
                Map.of(),
                List.of(ExperimentCheck.Setting.number("lr", 0, 10), ExperimentCheck.Setting.length("epochs", budget)),
                Map.of(),
                budget,
                new ExperimentCheck.Goal.Near(List.of(facts.w(), facts.b()), tolerance));
        List<CannedAnswer> canned = new ArrayList<>();
        double[] s = facts.shortRun();
        if (Math.hypot(s[0] - facts.w(), s[1] - facts.b()) >= tolerance) {
            canned.add(CannedAnswer.of(
                    "the course material's 200 epochs at α = 0.01 stop short",
                    settings("0.01", "200"),
                    Note.TARGET_NOT_REACHED));
        }
        canned.add(CannedAnswer.of("α = 0.1 is beyond 2/λmax", settings("0.1", "200"), Note.DIVERGED));
        canned.add(CannedAnswer.of(
                "more epochs than the budget", settings("0.02", Integer.toString(budget + 1)), Note.OVER_BUDGET));
        canned.add(CannedAnswer.invalid("no epochs", Answer.settings(Map.of("lr", "0.02"))));
        canned.add(CannedAnswer.invalid("a negative rate", settings("-0.02", "1000")));
        return new Part(
                "training",
                AnswerType.SETTINGS,
                texts.trainingPrompt(),
                2,
                settings(ParameterValues.text(facts.modelRate()), Integer.toString(facts.modelEpochs())),
                check,
                canned);
    }

    private static Answer settings(String lr, String epochs) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lr", lr);
        values.put("epochs", epochs);
        return Answer.settings(values);
    }

    private static Part solutionPart(LinearRegressionFacts facts, LinearRegressionTexts texts) {
        VectorCheck check =
                new VectorCheck(List.of(Double.toString(facts.w()), Double.toString(facts.b())), Map.of(), FIGURES);
        List<CannedAnswer> canned = new ArrayList<>();
        addIfWrong(canned, facts, "the line the data were drawn around", facts.trueW(), facts.trueB());
        addIfWrong(
                canned,
                facts,
                "the course material's values after 200 epochs",
                facts.shortRun()[0],
                facts.shortRun()[1]);
        canned.add(CannedAnswer.invalid("an empty entry", Answer.entries(Figures.of(facts.w(), 4), "")));
        return new Part(
                "least-squares",
                AnswerType.VECTOR,
                texts.solutionPrompt(),
                1,
                Answer.entries(Figures.of(facts.w(), 4), Figures.of(facts.b(), 4)),
                check,
                canned);
    }

    /** A wrong (w, b) for the self-test, unless in this variant it happens to round to the right line. */
    private static void addIfWrong(
            List<CannedAnswer> canned, LinearRegressionFacts facts, String label, double w, double b) {
        String tw = Figures.of(w, 4);
        String tb = Figures.of(b, 4);
        if (!FIGURES.accepts(Double.parseDouble(tw), facts.w())
                || !FIGURES.accepts(Double.parseDouble(tb), facts.b())) {
            canned.add(CannedAnswer.of(label, Answer.entries(tw, tb), Note.WRONG_ENTRY));
        }
    }

    private static Part stablePart(LinearRegressionFacts facts, LinearRegressionTexts texts) {
        double limit = facts.stableLimit();
        NumberCheck check = new NumberCheck(
                limit,
                FIGURES,
                List.of(new KnownMistake(limit / 2, Note.ONE_OVER_LAMBDA, "1/λ_max = " + Figures.of(limit / 2, 4))));
        return new Part(
                "stable-lr",
                AnswerType.NUMBER,
                texts.stablePrompt(),
                1,
                Answer.text(Figures.of(limit, 4)),
                check,
                List.of(
                        CannedAnswer.of("1/λmax", Answer.text(Figures.of(limit / 2, 4)), Note.ONE_OVER_LAMBDA),
                        CannedAnswer.invalid("not a number", Answer.text("2/lambda"), Note.UNKNOWN_VARIABLE)));
    }

    private static List<Double> list(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
