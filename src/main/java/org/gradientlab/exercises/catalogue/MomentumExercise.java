package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.optim.MomentumForm;
import org.gradientlab.engine.optim.StepSizeTheory;
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

/**
 * Momentum (velocity form) against gradient descent on an ill-conditioned quadratic: choose β so that momentum ends
 * lower than GD with the same α (graded by running both), say which of GD and the course's β ends lower, and give
 * momentum's stable range 0 &lt; αλ &lt; 2 + 2β. Variant 0 is the course material's x1² + 10x2² from (3, 2) with
 * α = 0.04, β = 0.85 and 80 steps, where GD ends lower than that momentum.
 */
public final class MomentumExercise implements Exercise {

    static final String ID = "momentum";
    static final String LANDSCAPE = "landscape";
    static final String START = "start";
    static final String LR = "lr";
    static final String STEPS = "steps";
    static final String BETA = "beta";
    /** Three significant figures for the typed bound. */
    static final Tolerance BOUND = Tolerance.significantFigures(3);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Momentum";
    }

    @Override
    public String unit() {
        return "Momentum and adaptive methods";
    }

    @Override
    public String summary() {
        return "Choose β so that momentum beats gradient descent on a ravine, and find momentum's stable range.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(
                        LANDSCAPE,
                        "ravine",
                        "The quadratic: ravine (x1² + 10x2²), stretched-bowl "
                                + "(3x1² + 0.5x2²), elliptic-bowl (0.5x² + 5y²) or bowl ((x1 − 2)² + (x2 + 1)²)."),
                new Parameter(START, "3, 2", "The start point."),
                new Parameter(LR, "0.04", "The learning rate α shared by GD and momentum; below GD's 2/λmax."),
                new Parameter(STEPS, "80", "The number of updates of each run (10 to 500)."),
                new Parameter(BETA, "0.85", "The β of the comparison and stability questions, in [0, 1)."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(LANDSCAPE, START, LR, STEPS, BETA));
        VariantRandom r = VariantRandom.of(ID, number);
        Landscape f = overrides.containsKey(LANDSCAPE)
                ? Quadratics.landscape(LANDSCAPE, overrides.get(LANDSCAPE))
                : Quadratics.landscape(
                        LANDSCAPE, number == 0 ? "ravine" : r.pick("ravine", "stretched-bowl", "elliptic-bowl"));
        double[] eigen = Quadratics.eigenvalues(f);
        double gdLimit = StepSizeTheory.gradientDescentThreshold(eigen);
        double[] start = overrides.containsKey(START)
                ? ParameterValues.point(START, overrides.get(START), 2)
                : number == 0
                        ? new double[] {3, 2}
                        : new double[] {r.pick(-3.0, -2.0, 2.0, 3.0), r.pick(-2.0, -1.5, 1.5, 2.0)};
        double lr = overrides.containsKey(LR)
                ? ParameterValues.number(LR, overrides.get(LR))
                : number == 0 ? 0.04 : gdLimit * r.pick(0.2, 0.3, 0.4);
        if (!(lr > 0 && lr < gdLimit)) {
            throw new ParameterException(
                    ParameterProblem.of(LR, ParameterProblem.Key.OUT_OF_RANGE, LR, 0, ParameterValues.text(gdLimit)));
        }
        int steps = overrides.containsKey(STEPS) ? ParameterValues.whole(STEPS, overrides.get(STEPS), 10, 500) : 80;
        double beta = overrides.containsKey(BETA)
                ? ParameterValues.number(BETA, overrides.get(BETA), 0, 0.99)
                : number == 0 ? 0.85 : r.pick(0.85, 0.9, 0.95);
        MomentumRaces races = MomentumRaces.of(f, start, lr, steps, beta);
        if (!(races.best().loss() < races.gd())) {
            throw new ParameterException(ParameterProblem.of(
                    LR,
                    ParameterProblem.Key.UNSUITABLE,
                    ParameterValues.text(lr),
                    "no β beats gradient descent with this α within the steps"));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(LANDSCAPE, f.id());
        parameters.put(START, ParameterValues.text(start[0]) + ", " + ParameterValues.text(start[1]));
        parameters.put(LR, ParameterValues.text(lr));
        parameters.put(STEPS, Integer.toString(steps));
        parameters.put(BETA, ParameterValues.text(beta));
        MomentumTexts texts = new MomentumTexts(f, start, lr, steps, beta, eigen, races);
        return new Variant(
                ID,
                number,
                "Momentum on $f = " + ImplementOptimizerTexts.formula(f) + "$",
                texts.explanation(),
                parameters,
                List.of(
                        betaPart(f, start, lr, steps, races, texts),
                        winnerPart(races, beta, texts),
                        boundPart(beta, eigen, texts)),
                texts.hints(),
                texts.solution());
    }

    private static Part betaPart(
            Landscape f, double[] start, double lr, int steps, MomentumRaces races, MomentumTexts texts) {
        ExperimentCheck check = new ExperimentCheck(
                new ExperimentCheck.Problem.OnLandscape(f.id(), List.of(start[0], start[1])),
                OptimizerRule.MOMENTUM_VELOCITY,
                Map.of(LR, lr),
                List.of(ExperimentCheck.Setting.below(BETA, 0, 1)),
                Map.of(),
                steps,
                new ExperimentCheck.Goal.Beat(OptimizerRule.GRADIENT_DESCENT, Map.of(LR, lr)));
        List<CannedAnswer> canned = new ArrayList<>();
        canned.add(CannedAnswer.of(
                "β = 0 is plain gradient descent: a tie is not a win", beta("0"), Note.TARGET_NOT_REACHED));
        for (double slow : new double[] {races.shownBeta(), 0.99}) {
            if (races.loss(slow) >= races.gd()) {
                canned.add(CannedAnswer.of(
                        "β = " + slow + " rings too long", beta(ParameterValues.text(slow)), Note.TARGET_NOT_REACHED));
            }
        }
        canned.add(CannedAnswer.invalid("β = 1 never forgets", beta("1")));
        canned.add(CannedAnswer.invalid("no β", Answer.settings(Map.of())));
        canned.add(CannedAnswer.invalid(
                "α is not the student's to choose", Answer.settings(Map.of(BETA, "0.5", LR, "0.1"))));
        return new Part(
                "beta",
                AnswerType.SETTINGS,
                texts.betaPrompt(),
                2,
                beta(ParameterValues.text(races.best().beta())),
                check,
                canned);
    }

    private static Answer beta(String value) {
        return Answer.settings(Map.of(BETA, value));
    }

    private static Part winnerPart(MomentumRaces races, double beta, MomentumTexts texts) {
        String momentum = "momentum";
        String gd = "gd";
        boolean gdWins = races.gd() < races.loss(beta);
        String correct = gdWins ? gd : momentum;
        String wrong = gdWins ? momentum : gd;
        ChoiceCheck check = new ChoiceCheck(
                List.of(
                        new Choice(gd, "Plain gradient descent"),
                        new Choice(momentum, "Momentum with $\\beta = " + Figures.of(beta) + "$")),
                correct,
                Map.of());
        return new Part(
                "winner",
                AnswerType.CHOICE,
                texts.winnerPrompt(),
                1,
                Answer.text(correct),
                check,
                List.of(
                        CannedAnswer.of("the other one", Answer.text(wrong)),
                        CannedAnswer.invalid("not a choice", Answer.text("both"))));
    }

    /** (2 + 2β)/λmax, the engine's stable bound for velocity-form momentum. */
    static double boundOf(double beta, double[] eigen) {
        return StepSizeTheory.momentumThreshold(MomentumForm.VELOCITY, beta, eigen);
    }

    private static Part boundPart(double beta, double[] eigen, MomentumTexts texts) {
        double lambdaMax = eigen[eigen.length - 1];
        double bound = boundOf(beta, eigen);
        double gdBound = StepSizeTheory.gradientDescentThreshold(eigen);
        NumberCheck check = new NumberCheck(
                bound,
                BOUND,
                List.of(
                        new KnownMistake(
                                gdBound,
                                Note.MOMENTUM_IGNORED,
                                "2/λ_max = " + Figures.of(gdBound)
                                        + ", gradient descent's bound; momentum widens it to " + "(2 + 2β)/λ_max"),
                        new KnownMistake(
                                (1 + beta) / lambdaMax,
                                Note.CONSTANT_FACTOR,
                                "(1 + β)/λ_max = " + Figures.of((1 + beta) / lambdaMax) + ", half the bound")));
        return new Part(
                "stable-lr",
                AnswerType.NUMBER,
                texts.boundPrompt(),
                1,
                Answer.text(Figures.of(bound)),
                check,
                List.of(
                        CannedAnswer.of(
                                "gradient descent's bound", Answer.text(Figures.of(gdBound)), Note.MOMENTUM_IGNORED),
                        CannedAnswer.of(
                                "half the bound",
                                Answer.text(Figures.of((1 + beta) / lambdaMax)),
                                Note.CONSTANT_FACTOR),
                        CannedAnswer.invalid("two decimal points", Answer.text("0.1.85"))));
    }
}
