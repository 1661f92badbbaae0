package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StepSizeTheory;
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

/**
 * Learning-rate schedules: the first rate of a linear warm-up (0: the first update has k = 0), a cosine schedule's
 * rate at a given k, and a schedule with its base rate chosen for gradient descent on a quadratic and for Adam on
 * Rosenbrock, each graded by running the engine. Variant 0 uses lr0 = 0.1, W = 10, T = 100, k = 25, the ravine
 * x1² + 10x2² from (3, 2) (60 steps to f &lt; 1e-6) and Rosenbrock from (−0.5, 0.5) (2000 steps to f &lt; 1e-4).
 */
public final class LrSchedulesExercise implements Exercise {

    static final String ID = "lr-schedules";
    static final String QUADRATIC = "quadratic";
    static final String START = "rosenbrock-start";
    static final String STEPS = "rosenbrock-steps";
    static final int QUADRATIC_STEPS = 60;
    static final double QUADRATIC_TARGET = 1e-6;
    static final double ROSENBROCK_TARGET = 1e-4;
    /** Rates typed to three significant figures. */
    static final Tolerance FIGURES = Tolerance.significantFigures(3);

    private static final double[][] ROSENBROCK_STARTS = {{-0.5, 0.5}, {-1, 1}, {-1.5, 2}, {-1.5, 1.5}};

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Learning-rate schedules";
    }

    @Override
    public String unit() {
        return "Learning-rate schedules";
    }

    @Override
    public String summary() {
        return "Compute warm-up and cosine rates, then pick a schedule that gets GD and Adam to their targets.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(
                        QUADRATIC,
                        "ravine",
                        "The quadratic for gradient descent: ravine, stretched-bowl, " + "elliptic-bowl or bowl."),
                new Parameter(START, "-0.5, 0.5", "Adam's start on Rosenbrock."),
                new Parameter(STEPS, "2000", "Adam's steps on Rosenbrock (500 to 5000)."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(QUADRATIC, START, STEPS));
        VariantRandom r = VariantRandom.of(ID, number);
        double lr0 = number == 0 ? 0.1 : r.pick(0.01, 0.05, 0.1, 0.2, 0.5);
        int warmup = number == 0 ? 10 : r.pickInt(4, 5, 8, 10, 20);
        int total = number == 0 ? 100 : r.pickInt(50, 100, 200, 500);
        int k = number == 0 ? 25 : r.nextInt(total);
        Landscape quadratic = Quadratics.landscape(
                QUADRATIC,
                overrides.getOrDefault(
                        QUADRATIC, number == 0 ? "ravine" : r.pick("ravine", "stretched-bowl", "elliptic-bowl")));
        double[] quadraticStart =
                switch (quadratic.id()) {
                    case "ravine" -> new double[] {3, 2};
                    case "stretched-bowl" -> new double[] {2, 3};
                    case "elliptic-bowl" -> new double[] {10, 1};
                    default -> new double[] {-2, 3};
                };
        double[] rosenbrockStart = overrides.containsKey(START)
                ? ParameterValues.point(START, overrides.get(START), 2)
                : number == 0 ? ROSENBROCK_STARTS[0] : ROSENBROCK_STARTS[r.nextInt(ROSENBROCK_STARTS.length)];
        int rosenbrockSteps =
                overrides.containsKey(STEPS) ? ParameterValues.whole(STEPS, overrides.get(STEPS), 500, 5000) : 2000;
        double limit = StepSizeTheory.gradientDescentThreshold(Quadratics.eigenvalues(quadratic));
        ScheduleRaces.Choice gdModel = ScheduleRaces.first(
                List.of("constant", "cosine", "step", "exponential", "warmup-cosine"),
                new double[] {rounded(0.9 * limit), rounded(0.8 * limit), rounded(0.6 * limit)},
                OptimizerSpec::gradientDescent,
                quadratic,
                quadraticStart,
                QUADRATIC_STEPS,
                QUADRATIC_TARGET);
        ScheduleRaces.Choice adamModel = ScheduleRaces.first(
                List.of("cosine", "warmup-cosine", "step", "exponential", "constant"),
                new double[] {0.1, 0.05, 0.2, 0.02},
                OptimizerSpec::adam,
                Landscapes.ROSENBROCK,
                rosenbrockStart,
                rosenbrockSteps,
                ROSENBROCK_TARGET);
        if (gdModel == null || adamModel == null) {
            throw new ParameterException(ParameterProblem.of(
                    START,
                    ParameterProblem.Key.UNSUITABLE,
                    ParameterValues.text(rosenbrockStart[0]) + ", " + ParameterValues.text(rosenbrockStart[1]),
                    "no offered schedule reaches the target from here within the steps"));
        }
        LrSchedulesTexts texts = new LrSchedulesTexts(
                lr0,
                warmup,
                total,
                k,
                quadratic,
                quadraticStart,
                limit,
                rosenbrockStart,
                rosenbrockSteps,
                gdModel,
                adamModel);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(QUADRATIC, quadratic.id());
        parameters.put(
                START, ParameterValues.text(rosenbrockStart[0]) + ", " + ParameterValues.text(rosenbrockStart[1]));
        parameters.put(STEPS, Integer.toString(rosenbrockSteps));
        return new Variant(
                ID,
                number,
                "Learning-rate schedules",
                texts.explanation(),
                parameters,
                List.of(
                        warmupPart(lr0, warmup, total, texts),
                        cosinePart(lr0, total, k, texts),
                        quadraticPart(quadratic, quadraticStart, limit, gdModel, texts),
                        rosenbrockPart(rosenbrockStart, rosenbrockSteps, adamModel, texts)),
                texts.hints(),
                texts.solution());
    }

    private static Part warmupPart(double lr0, int warmup, int total, LrSchedulesTexts texts) {
        Schedule s = Schedule.warmupCosine(warmup, total);
        double first = s.learningRate(lr0, 0);
        double fromOne = s.learningRate(lr0, 1);
        NumberCheck check = new NumberCheck(
                first,
                FIGURES,
                List.of(new KnownMistake(
                        fromOne,
                        Note.OFF_BY_ONE,
                        "lr0/W = " + Figures.of(fromOne) + ", the rate of the second update (k = 1)")));
        return new Part(
                "warmup-first",
                AnswerType.NUMBER,
                texts.warmupPrompt(),
                1,
                Answer.text(Figures.of(first)),
                check,
                List.of(
                        CannedAnswer.of("counted from k = 1", Answer.text(Figures.of(fromOne)), Note.OFF_BY_ONE),
                        CannedAnswer.of("no warm-up", Answer.text(Figures.of(lr0))),
                        CannedAnswer.invalid("a formula with names", Answer.text("lr0*k/W"), Note.UNKNOWN_VARIABLE)));
    }

    private static Part cosinePart(double lr0, int total, int k, LrSchedulesTexts texts) {
        double rate = Schedule.cosine(total).learningRate(lr0, k);
        double plainCosine = lr0 * Math.cos(Math.PI * k / total);
        List<CannedAnswer> canned = new ArrayList<>();
        if (!FIGURES.accepts(Double.parseDouble(Figures.of(plainCosine, 4)), rate)) {
            canned.add(CannedAnswer.of("lr0·cos(πk/T) without ½(1 + …)", Answer.text(Figures.of(plainCosine, 4))));
        }
        canned.add(CannedAnswer.invalid("two decimal points", Answer.text("0.0.5")));
        return new Part(
                "cosine-at",
                AnswerType.NUMBER,
                texts.cosinePrompt(),
                1,
                Answer.text(Figures.of(rate, 4)),
                new NumberCheck(rate, FIGURES, List.of()),
                canned);
    }

    private static Part quadraticPart(
            Landscape f, double[] start, double limit, ScheduleRaces.Choice model, LrSchedulesTexts texts) {
        ExperimentCheck check = new ExperimentCheck(
                new ExperimentCheck.Problem.OnLandscape(f.id(), List.of(start[0], start[1])),
                OptimizerRule.GRADIENT_DESCENT,
                Map.of(),
                List.of(ExperimentCheck.Setting.schedule("schedule"), ExperimentCheck.Setting.number("lr", 0, 100)),
                ScheduleRaces.offered(QUADRATIC_STEPS),
                QUADRATIC_STEPS,
                new ExperimentCheck.Goal.Below(QUADRATIC_TARGET));
        List<CannedAnswer> canned = new ArrayList<>();
        canned.add(CannedAnswer.of("a constant rate above 2/λmax", settings("constant", 1.5 * limit), Note.DIVERGED));
        double slow = 0.05 * limit;
        if (!ScheduleRaces.reaches(
                OptimizerSpec.gradientDescent(slow),
                ScheduleRaces.offered(QUADRATIC_STEPS).get("warmup-cosine"),
                f,
                start,
                QUADRATIC_STEPS,
                QUADRATIC_TARGET)) {
            canned.add(CannedAnswer.of(
                    "a rate too small to get there", settings("warmup-cosine", slow), Note.TARGET_NOT_REACHED));
        }
        canned.add(CannedAnswer.invalid("a schedule that is not offered", settings("sgdr", 0.5 * limit)));
        return new Part(
                "quadratic-schedule",
                AnswerType.SETTINGS,
                texts.quadraticPrompt(),
                2,
                settings(model.schedule(), model.lr()),
                check,
                canned);
    }

    private static Part rosenbrockPart(double[] start, int steps, ScheduleRaces.Choice model, LrSchedulesTexts texts) {
        ExperimentCheck check = new ExperimentCheck(
                new ExperimentCheck.Problem.OnLandscape("rosenbrock", List.of(start[0], start[1])),
                OptimizerRule.ADAM,
                Map.of("beta1", 0.9, "beta2", 0.999, "eps", 1e-8),
                List.of(ExperimentCheck.Setting.schedule("schedule"), ExperimentCheck.Setting.number("lr", 0, 10)),
                ScheduleRaces.offered(steps),
                steps,
                new ExperimentCheck.Goal.Below(ROSENBROCK_TARGET));
        List<CannedAnswer> canned = new ArrayList<>();
        if (!ScheduleRaces.reaches(
                OptimizerSpec.adam(0.01),
                Schedule.constant(),
                Landscapes.ROSENBROCK,
                start,
                steps,
                ROSENBROCK_TARGET)) {
            canned.add(CannedAnswer.of(
                    "the course material's constant α = 0.01", settings("constant", 0.01), Note.TARGET_NOT_REACHED));
        }
        canned.add(CannedAnswer.invalid("no schedule", Answer.settings(Map.of("lr", "0.1"))));
        return new Part(
                "rosenbrock-schedule",
                AnswerType.SETTINGS,
                texts.rosenbrockPrompt(),
                2,
                settings(model.schedule(), model.lr()),
                check,
                canned);
    }

    /** A rate as the model answer types it: four significant figures. */
    private static double rounded(double lr) {
        return Double.parseDouble(Figures.of(lr, 4));
    }

    private static Answer settings(String schedule, double lr) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("schedule", schedule);
        values.put("lr", Figures.of(lr, 4));
        return Answer.settings(values);
    }
}
