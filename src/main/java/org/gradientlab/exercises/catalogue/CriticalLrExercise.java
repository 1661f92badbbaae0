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
import org.gradientlab.exercises.DivergenceThresholdCheck;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.KnownMistake;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.NumberSetCheck;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.UnorderedNumbersCheck;
import org.gradientlab.exercises.Variant;

/**
 * The critical learning rate of gradient descent on a quadratic f = a·x1² + b·x1·x2 + c·x2² with positive-definite
 * Hessian H: the eigenvalues of H, the divergence threshold α* = 2/λmax (graded by running the engine just below
 * and just above the student's α), and what α = 1/λmax does. Variant 0 is the course material's 3x1² + 0.5x2²,
 * whose threshold is 1/3 — not the 1/6 the material states (DESIGN §6).
 */
public final class CriticalLrExercise implements Exercise {

    static final String ID = "critical-lr";
    static final String COEFFICIENTS = "coefficients";
    static final String START = "start";
    /** The step budget of each simulated run (DESIGN §4). */
    static final int BUDGET = 10_000;
    /** The runs go 2% below and above the student's α. */
    static final double MARGIN = 0.02;
    /** An α within 1% of 2/λmax is right whatever the runs say. */
    static final Tolerance CLOSE_ENOUGH = new Tolerance(0.01, 0);
    /** Eigenvalues typed to four significant figures (or as exact expressions such as 3 + sqrt(2)). */
    static final Tolerance EIGENVALUE_TOLERANCE = Tolerance.significantFigures(4);
    /**
     * Eigenvalues this far apart keep 2/λmin and 2/(λmin + λmax) clear of both the ±2% runs around 2/λmax and the
     * ±1% window around 1/λmax, so those wrong answers are wrong.
     */
    private static final double DISTINCT = 1.1;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Critical learning rate";
    }

    @Override
    public String unit() {
        return "Learning rate";
    }

    @Override
    public String summary() {
        return "Find the learning rate above which gradient descent diverges on a quadratic, and verify it by running.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(
                        COEFFICIENTS,
                        "3, 0, 0.5",
                        "The coefficients a, b, c of f = a·x1² + b·x1·x2 + c·x2²; "
                                + "the Hessian must be positive definite."),
                new Parameter(
                        START,
                        "2, 3",
                        "The start point of the simulated runs; it needs a clear component "
                                + "along both eigenvectors of the Hessian."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(COEFFICIENTS, START));
        VariantRandom r = VariantRandom.of(ID, number);
        double a = r.pick(0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0);
        double c = r.pick(0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0);
        double b = r.nextInt(3) == 0 ? r.pick(-2.0, -1.0, 1.0, 2.0) : 0;
        double[] start = {r.pickInt(-3, -2, -1, 1, 2, 3), r.pickInt(-3, -2, -1, 1, 2, 3)};
        if (!Quadratic.of(a, b, c).positiveDefinite()) {
            b = 0;
        }
        if (a == c && b == 0) {
            c = a + 1;
        }
        if (number == 0) {
            a = 3;
            b = 0;
            c = 0.5;
            start = new double[] {2, 3};
        }
        if (overrides.containsKey(COEFFICIENTS)) {
            double[] k = ParameterValues.point(COEFFICIENTS, overrides.get(COEFFICIENTS), 3);
            a = k[0];
            b = k[1];
            c = k[2];
        }
        if (overrides.containsKey(START)) {
            start = ParameterValues.point(START, overrides.get(START), 2);
        }
        Quadratic q = Quadratic.of(a, b, c);
        if (!q.positiveDefinite()) {
            throw new ParameterException(ParameterProblem.of(
                    COEFFICIENTS,
                    ParameterProblem.Key.UNSUITABLE,
                    overrides.get(COEFFICIENTS),
                    "the Hessian is not positive definite, so f has no minimum"));
        }
        if (!q.generic(start)) {
            if (overrides.containsKey(START)) {
                throw new ParameterException(ParameterProblem.of(
                        START,
                        ParameterProblem.Key.UNSUITABLE,
                        overrides.get(START),
                        "it has (almost) no component along an eigenvector of the Hessian, "
                                + "which hides the divergence threshold"));
            }
            start = q.genericStart();
        }
        return variantOf(number, q, start);
    }

    private static Variant variantOf(int number, Quadratic q, double[] start) {
        double[] eigenvalues = q.eigenvalues();
        double threshold = q.threshold();
        double fastest = q.fastestNonOscillating();
        double lambdaMax = eigenvalues[1];
        double lambdaMin = eigenvalues[0];
        List<Part> parts = List.of(
                eigenvaluesPart(eigenvalues, q),
                thresholdPart(q, start, threshold, fastest, lambdaMin, lambdaMax),
                fastestStepPart(fastest));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(
                COEFFICIENTS,
                ParameterValues.text(q.a()) + ", " + ParameterValues.text(q.b()) + ", " + ParameterValues.text(q.c()));
        parameters.put(START, ParameterValues.text(start[0]) + ", " + ParameterValues.text(start[1]));
        return new Variant(
                ID,
                number,
                "Critical learning rate for $f = " + q.latex() + "$",
                CriticalLrTexts.explanation(q, start),
                parameters,
                parts,
                CriticalLrTexts.hints(q),
                CriticalLrTexts.solution(q, start));
    }

    private static Part eigenvaluesPart(double[] eigenvalues, Quadratic q) {
        List<Double> values = List.of(eigenvalues[0], eigenvalues[1]);
        List<Double> halves = List.of(eigenvalues[0] / 2, eigenvalues[1] / 2);
        NumberSetCheck.KnownSetMistake coefficients = new NumberSetCheck.KnownSetMistake(
                halves,
                Note.CONSTANT_FACTOR,
                "half of each eigenvalue: those of the quadratic form's matrix, not of the Hessian, whose entries "
                        + "are second derivatives (the Hessian of a·x² is 2a)");
        List<CannedAnswer> canned = new ArrayList<>();
        canned.add(CannedAnswer.of(
                "the eigenvalues of the coefficient matrix",
                Answer.entries(NumberText.exact(halves.get(1)), NumberText.exact(halves.get(0))),
                Note.CONSTANT_FACTOR));
        canned.add(CannedAnswer.of(
                "only the largest eigenvalue", Answer.entries(NumberText.exact(eigenvalues[1])), Note.WRONG_ENTRY));
        if (q.b() != 0) {
            double[][] h = q.hessian();
            canned.add(CannedAnswer.of(
                    "the diagonal of the Hessian",
                    Answer.entries(NumberText.exact(h[0][0]), NumberText.exact(h[1][1])),
                    Note.WRONG_ENTRY));
        }
        canned.add(CannedAnswer.invalid("an entry left empty", Answer.entries(NumberText.exact(eigenvalues[1]), "")));
        canned.add(CannedAnswer.invalid("a variable in an entry", Answer.entries("x1", "1"), Note.UNKNOWN_VARIABLE));
        return new Part(
                "eigenvalues",
                AnswerType.NUMBER_SET,
                "Give the eigenvalues of the Hessian $\\nabla^2 f$, in any order (numbers, or exact expressions "
                        + "such as `3 + sqrt(2)`; four significant figures are enough).",
                1,
                Answer.entries(q.eigenvalueTexts()),
                new UnorderedNumbersCheck(values, EIGENVALUE_TOLERANCE, List.of(coefficients)),
                canned);
    }

    private static Part thresholdPart(
            Quadratic q, double[] start, double threshold, double fastest, double lambdaMin, double lambdaMax) {
        KnownMistake oneOver =
                new KnownMistake(fastest, Note.ONE_OVER_LAMBDA, "1/λ_max = " + NumberText.plain(fastest, 4));
        DivergenceThresholdCheck check = new DivergenceThresholdCheck(
                q.formula(),
                Quadratic.VARIABLES,
                List.of(start[0], start[1]),
                q.value(new double[] {0, 0}),
                BUDGET,
                MARGIN,
                threshold,
                CLOSE_ENOUGH,
                List.of(oneOver));
        List<CannedAnswer> canned = new ArrayList<>();
        canned.add(CannedAnswer.of(
                "1/λmax, the course material's value", Answer.text(NumberText.exact(fastest)), Note.ONE_OVER_LAMBDA));
        if (lambdaMax > DISTINCT * lambdaMin) {
            canned.add(CannedAnswer.of(
                    "2/λmin, the bound of the flattest direction", Answer.text(NumberText.exact(2 / lambdaMin))));
            canned.add(CannedAnswer.of(
                    "2/(λmin + λmax), the best worst-case step",
                    Answer.text(NumberText.exact(2 / (lambdaMin + lambdaMax)))));
        }
        canned.add(CannedAnswer.of("a negative rate", Answer.text(NumberText.exact(-threshold))));
        canned.add(CannedAnswer.invalid("an unfinished fraction", Answer.text("2/")));
        canned.add(CannedAnswer.invalid("a name, not a number", Answer.text("alpha"), Note.UNKNOWN_VARIABLE));
        return new Part(
                "threshold",
                AnswerType.NUMBER,
                "Give the divergence threshold $\\alpha^*$: gradient descent converges from every start for "
                        + "$0 < \\alpha < \\alpha^*$ and diverges from a generic start above it. Your α is checked by "
                        + "running gradient descent from $(" + ParameterValues.text(start[0]) + ", "
                        + ParameterValues.text(start[1]) + ")$ at $0.98\\,\\alpha$ and $1.02\\,\\alpha$ for up to "
                        + "10,000 steps.",
                2,
                Answer.text(q.thresholdText()),
                check,
                canned);
    }

    private static Part fastestStepPart(double fastest) {
        List<Choice> choices = List.of(
                new Choice("diverges", "It diverges: $1/\\lambda_{\\max}$ is the stability limit."),
                new Choice(
                        "fastest-without-oscillation",
                        "It converges, and it is the largest step that does not "
                                + "oscillate along the stiffest eigenvector (that component vanishes after one step)."),
                new Choice("oscillates-forever", "It oscillates forever between two points without converging."));
        return new Part(
                "one-over-lambda-max",
                AnswerType.CHOICE,
                "What does gradient descent do with $\\alpha = 1/\\lambda_{\\max} = " + NumberText.latex(fastest)
                        + "$?",
                1,
                Answer.text("fastest-without-oscillation"),
                new ChoiceCheck(choices, "fastest-without-oscillation", Map.of("diverges", Note.ONE_OVER_LAMBDA)),
                List.of(
                        CannedAnswer.of("the stability limit", Answer.text("diverges"), Note.ONE_OVER_LAMBDA),
                        CannedAnswer.of("the behaviour at 2/λmax", Answer.text("oscillates-forever")),
                        CannedAnswer.invalid("not a choice", Answer.text("converges"))));
    }
}
