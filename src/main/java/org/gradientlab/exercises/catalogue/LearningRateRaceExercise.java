package org.gradientlab.exercises.catalogue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gradientlab.engine.calculus.SymmetricEigen;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StepSizeTheory;
import org.gradientlab.engine.optim.StopReason;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.KnownMistake;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.NumberSetCheck;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.Variant;

/**
 * The learning-rate race: gradient descent with several learning rates on an ill-conditioned quadratic (the
 * course's x1² + 10x2² from (3, 2), 80 steps). The student says which rates make the engine's run diverge, and
 * gives the divergence threshold 2/λmax (0.1 here — not the 1/λmax = 0.05 of the course text, DESIGN §6).
 */
public final class LearningRateRaceExercise implements Exercise {

    static final String ID = "lr-race";
    static final String LANDSCAPE = "landscape";
    static final String START = "start";
    static final String STEPS = "steps";
    static final String RATES = "rates";
    private static final List<String> QUADRATICS = List.of("ravine", "stretched-bowl", "elliptic-bowl", "bowl");
    /** The threshold typed as a number: three significant figures (0.333 for 1/3). */
    static final Tolerance THRESHOLD_TOLERANCE = Tolerance.significantFigures(3);
    /** A typed rate means an offered one when it agrees to this. */
    static final Tolerance RATE_MATCH = new Tolerance(1e-6, 1e-12);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Learning-rate race";
    }

    @Override
    public String unit() {
        return "Gradient descent and the learning rate";
    }

    @Override
    public String summary() {
        return "Race gradient descent with several learning rates on an ill-conditioned quadratic: which diverge, "
                + "and where is the threshold?";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(LANDSCAPE, "ravine", "The quadratic landscape: " + String.join(", ", QUADRATICS) + "."),
                new Parameter(START, "3, 2", "The start point."),
                new Parameter(STEPS, "80", "The number of gradient-descent steps of each run (1 to 10000)."),
                new Parameter(RATES, "0.01, 0.04, 0.05, 0.08", "The learning rates raced, separated by commas."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(LANDSCAPE, START, STEPS, RATES));
        VariantRandom r = VariantRandom.of(ID, number);
        String id = overrides.getOrDefault(LANDSCAPE, number == 0 ? "ravine" : QUADRATICS.get(r.nextInt(4)));
        if (!QUADRATICS.contains(id)) {
            throw new ParameterException(ParameterProblem.of(
                    LANDSCAPE, ParameterProblem.Key.UNSUITABLE, id, "choose one of " + String.join(", ", QUADRATICS)));
        }
        Landscape landscape = Landscapes.byId(id).orElseThrow();
        double[] minimiser = landscape.globalMinimiser().orElseThrow();
        double[] start;
        if (overrides.containsKey(START)) {
            start = ParameterValues.point(START, overrides.get(START), 2);
        } else if (number == 0) {
            start = new double[] {3, 2};
        } else {
            start = new double[] {
                minimiser[0] + r.pickInt(-3, -2, -1, 1, 2, 3), minimiser[1] + r.pickInt(-3, -2, -1, 1, 2, 3)
            };
        }
        int steps = overrides.containsKey(STEPS) ? ParameterValues.whole(STEPS, overrides.get(STEPS), 1, 10_000) : 80;
        double[] eigenvalues = eigenvalues(landscape, start);
        double threshold = StepSizeTheory.gradientDescentThreshold(eigenvalues);
        double[] rates;
        if (overrides.containsKey(RATES)) {
            rates = ParameterValues.numbers(RATES, overrides.get(RATES));
            for (double a : rates) {
                if (!(a > 0)) {
                    throw new ParameterException(
                            ParameterProblem.of(RATES, ParameterProblem.Key.OUT_OF_RANGE, RATES, "0 (exclusive)", "∞"));
                }
            }
        } else if (number == 0) {
            rates = new double[] {0.01, 0.04, 0.05, 0.08};
        } else {
            rates = drawRates(r, threshold);
        }
        if (rates.length == 0) {
            throw new ParameterException(ParameterProblem.of(RATES, ParameterProblem.Key.NOT_A_NUMBER, ""));
        }
        return LearningRateRaceTexts.variant(
                number,
                new Race(
                        landscape,
                        start,
                        steps,
                        rates,
                        eigenvalues,
                        threshold,
                        diverging(landscape, start, steps, rates)));
    }

    /**
     * One race: the landscape, start, steps and rates, with the Hessian's eigenvalues, the threshold 2/λmax and
     * which rates the engine's runs see diverge.
     */
    record Race(
            Landscape landscape,
            double[] start,
            int steps,
            double[] rates,
            double[] eigenvalues,
            double threshold,
            TreeSet<Integer> diverging) {}

    /** The Hessian's eigenvalues (constant for a quadratic), by the engine's symmetric eigensolver. */
    private static double[] eigenvalues(Landscape landscape, double[] at) {
        double[][] h = new double[2][2];
        landscape.hessian(at, h);
        return SymmetricEigen.eigenvalues(h);
    }

    /** Two rates well below 1/λmax·2, two between 1/λmax and 2/λmax, one above 2/λmax. */
    private static double[] drawRates(VariantRandom r, double threshold) {
        List<Double> small = new ArrayList<>(List.of(0.1, 0.2, 0.3, 0.4));
        List<Double> middle = new ArrayList<>(List.of(0.6, 0.7, 0.8, 0.9));
        List<Double> large = List.of(1.2, 1.5, 2.0);
        TreeSet<Double> picked = new TreeSet<>();
        picked.add(round(threshold * small.remove(r.nextInt(small.size()))));
        picked.add(round(threshold * small.get(r.nextInt(small.size()))));
        picked.add(round(threshold * middle.remove(r.nextInt(middle.size()))));
        picked.add(round(threshold * middle.get(r.nextInt(middle.size()))));
        picked.add(round(threshold * large.get(r.nextInt(large.size()))));
        return picked.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double round(double v) {
        return new BigDecimal(v).round(new MathContext(3)).doubleValue();
    }

    /** Indices of the rates whose engine run diverges within {@code steps} updates. */
    private static TreeSet<Integer> diverging(Landscape landscape, double[] start, int steps, double[] rates) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int i = 0; i < rates.length; i++) {
            RunResult run = Runner.run(
                    OptimizerSpec.gradientDescent(rates[i]),
                    Schedule.constant(),
                    landscape,
                    start,
                    StopRule.steps(steps),
                    landscape.minimumValue());
            if (run.reason() == StopReason.DIVERGED) {
                out.add(i);
            }
        }
        return out;
    }

    /** The parts of a race: which rates diverge, and the threshold. */
    static List<Part> parts(Race race, String functionLatex, String startText) {
        List<Double> offered = new ArrayList<>();
        for (double a : race.rates()) {
            offered.add(a);
        }
        List<Double> expected = race.diverging().stream().map(offered::get).toList();
        double lambdaMax = Math.max(race.eigenvalues()[0], race.eigenvalues()[1]);
        double lambdaMin = Math.min(race.eigenvalues()[0], race.eigenvalues()[1]);
        double oneOver = 1 / lambdaMax;
        List<Double> oneOverSet = offered.stream().filter(a -> a > oneOver).toList();
        String how = "1/λmax = 1/" + ParameterValues.text(lambdaMax) + " = " + text(oneOver);
        List<NumberSetCheck.KnownSetMistake> setMistakes = new ArrayList<>();
        List<CannedAnswer> setCanned = new ArrayList<>();
        if (!new TreeSet<>(oneOverSet).equals(new TreeSet<>(expected))) {
            setMistakes.add(
                    new NumberSetCheck.KnownSetMistake(oneOverSet, Note.ONE_OVER_LAMBDA, "the rates above " + how));
            setCanned.add(CannedAnswer.of("every rate above 1/λmax", entries(oneOverSet), Note.ONE_OVER_LAMBDA));
        }
        if (!new TreeSet<>(offered).equals(new TreeSet<>(expected)) && !offered.equals(oneOverSet)) {
            setCanned.add(CannedAnswer.of("all of them", entries(offered)));
        }
        setCanned.add(CannedAnswer.invalid("a rate that was not raced", Answer.entries("123")));
        Part set = new Part(
                "diverging-rates",
                AnswerType.NUMBER_SET,
                "Gradient descent runs " + race.steps() + " steps from $" + startText + "$ on $f = " + functionLatex
                        + "$ with each learning rate $\\alpha \\in \\{"
                        + String.join(
                                ", ",
                                offered.stream()
                                        .map(LearningRateRaceExercise::text)
                                        .toList()) + "\\}$. Which runs **diverge** "
                        + "(f grows past $10^6 \\cdot (|f(x_0)| + 1)$) within those steps? List their rates; the list "
                        + "may be empty.",
                1,
                entries(expected),
                new NumberSetCheck(offered, expected, RATE_MATCH, setMistakes),
                setCanned);
        List<CannedAnswer> thresholdCanned = new ArrayList<>();
        thresholdCanned.add(CannedAnswer.of("1/λmax", Answer.text(text(oneOver)), Note.ONE_OVER_LAMBDA));
        if (lambdaMin != lambdaMax) {
            thresholdCanned.add(CannedAnswer.of("2/λmin", Answer.text(text(2 / lambdaMin))));
        }
        thresholdCanned.add(
                CannedAnswer.invalid("a name instead of a number", Answer.text("alpha"), Note.UNKNOWN_VARIABLE));
        Part threshold = new Part(
                "threshold",
                AnswerType.NUMBER,
                "Gradient descent on this function converges from every start for $0 < \\alpha < \\alpha^*$ and "
                        + "diverges from a typical start for $\\alpha > \\alpha^*$. What is $\\alpha^*$? A formula "
                        + "such as `2/20` or three significant figures are fine.",
                1,
                Answer.text(text(race.threshold())),
                new NumberCheck(
                        race.threshold(),
                        THRESHOLD_TOLERANCE,
                        List.of(new KnownMistake(oneOver, Note.ONE_OVER_LAMBDA, how))),
                thresholdCanned);
        return List.of(set, threshold);
    }

    private static Answer entries(List<Double> values) {
        return new Answer.Entries(
                values.stream().map(LearningRateRaceExercise::text).toList());
    }

    /** A rate or threshold as shown: up to six significant figures, no trailing zeros. */
    static String text(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
