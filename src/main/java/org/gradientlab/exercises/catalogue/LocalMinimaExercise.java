package org.gradientlab.exercises.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.landscape.CriticalPoint;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Choice;
import org.gradientlab.exercises.ChoiceCheck;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.Variant;

/**
 * Local minima and momentum on a double well: the stationary points of f (global minimum, local maximum, local
 * minimum, from the engine's landscape), where gradient descent and EMA-form momentum are after a few steps from a
 * start, and in which minimum momentum settles. Variant 0 is the course material's 0.1x⁴ − 3x² + x from −3 with
 * α = 0.1, β = 0.9 and 20 steps: its global minimum is near −3.954 (not the "local minimum at −2, global at 2" the
 * material claims, DESIGN §6), and both runs stay in the left basin.
 */
public final class LocalMinimaExercise implements Exercise {

    static final String ID = "local-minima";
    static final String LANDSCAPE = "landscape";
    static final String START = "start";
    static final String LEARNING_RATE = "learning-rate";
    static final String MOMENTUM = "momentum";
    static final String STEPS = "steps";
    /** Points and end points read off the chart or solved numerically: three significant figures. */
    static final Tolerance TOLERANCE = Tolerance.significantFigures(3);

    private static final List<Landscape> WELLS = List.of(Landscapes.DOUBLE_WELL, Landscapes.STEEP_DOUBLE_WELL);
    private static final int DRAWS = 50;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Local minima and momentum";
    }

    @Override
    public String unit() {
        return "Momentum";
    }

    @Override
    public String summary() {
        return "Find the stationary points of a double well and see where gradient descent and momentum end.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(
                        LANDSCAPE,
                        "double-well",
                        "The double well: double-well (0.1x⁴ − 3x² + x) or " + "steep-double-well (x⁴ − 4x² + 2x)."),
                new Parameter(START, "-3", "The start x0 of both runs."),
                new Parameter(LEARNING_RATE, "0.1", "The learning rate α of both runs."),
                new Parameter(MOMENTUM, "0.9", "The momentum coefficient β, in [0, 1)."),
                new Parameter(STEPS, "20", "The number of updates after which the end points are asked for."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(LANDSCAPE, START, LEARNING_RATE, MOMENTUM, STEPS));
        VariantRandom r = VariantRandom.of(ID, number);
        Landscape well = overrides.containsKey(LANDSCAPE)
                ? well(overrides.get(LANDSCAPE))
                : number == 0 ? Landscapes.DOUBLE_WELL : WELLS.get(r.nextInt(WELLS.size()));
        for (int draw = 0; draw < DRAWS; draw++) {
            boolean steep = well == Landscapes.STEEP_DOUBLE_WELL;
            double x0 = steep
                    ? r.pick(-2.0, -1.5, -1.0, -0.5, 0.5, 1.0, 1.5, 2.0)
                    : r.pick(-5.0, -4.0, -3.0, -2.0, -1.0, 1.0, 2.0, 3.0, 4.0, 5.0);
            double alpha = steep ? r.pick(0.01, 0.02, 0.05) : r.pick(0.01, 0.02, 0.05, 0.1);
            double beta = r.pick(0.5, 0.8, 0.9);
            int steps = r.pickInt(10, 20, 30, 50);
            if (number == 0 && draw == 0 && well == Landscapes.DOUBLE_WELL) {
                x0 = -3;
                alpha = 0.1;
                beta = 0.9;
                steps = 20;
            }
            x0 = overrides.containsKey(START) ? ParameterValues.number(START, overrides.get(START), -10, 10) : x0;
            alpha = overrides.containsKey(LEARNING_RATE)
                    ? ParameterValues.number(LEARNING_RATE, overrides.get(LEARNING_RATE), 1e-4, 1)
                    : alpha;
            beta = overrides.containsKey(MOMENTUM)
                    ? ParameterValues.number(MOMENTUM, overrides.get(MOMENTUM), 0, 0.99)
                    : beta;
            steps = overrides.containsKey(STEPS) ? ParameterValues.whole(STEPS, overrides.get(STEPS), 1, 1000) : steps;
            WellRuns runs = WellRuns.of(well, x0, alpha, beta, steps);
            if (runs.fair()) {
                return variantOf(number, runs);
            }
            if (overrides.keySet().containsAll(List.of(START, LEARNING_RATE, MOMENTUM, STEPS))) {
                break;
            }
        }
        throw new ParameterException(ParameterProblem.of(
                START,
                ParameterProblem.Key.UNSUITABLE,
                overrides.getOrDefault(START, ""),
                "with these settings a run diverges, does not settle in a minimum, "
                        + "or starts too close to the local maximum"));
    }

    private static Landscape well(String id) {
        return WELLS.stream()
                .filter(w -> w.id().equals(id.strip()))
                .findFirst()
                .orElseThrow(() -> new ParameterException(ParameterProblem.of(
                        LANDSCAPE, ParameterProblem.Key.UNSUITABLE, id, "choose double-well or steep-double-well")));
    }

    private static Variant variantOf(int number, WellRuns runs) {
        double global = runs.point(CriticalPoint.Kind.GLOBAL_MINIMUM);
        double maximum = runs.point(CriticalPoint.Kind.LOCAL_MAXIMUM);
        double local = runs.point(CriticalPoint.Kind.LOCAL_MINIMUM);
        double gdEnd = runs.gd().finalPoint()[0];
        double momentumEnd = runs.momentum().finalPoint()[0];
        double settled = runs.settled().finalPoint()[0];
        String after = " after " + runs.steps() + " updates from $x_0 = " + NumberText.plain(runs.x0()) + "$";
        List<Part> parts = List.of(
                point("global-minimum", "the global minimum", global)
                        .mistake(
                                "the other, higher minimum",
                                local,
                                Note.LOCAL_MINIMUM_AS_GLOBAL,
                                "the local minimum: f is lower at the other one")
                        .wrong("a round guess: 2", 2)
                        .wrong("a round guess: −2", -2)
                        .wrong("the local maximum", maximum)
                        .invalid("a name, not a number", "x", Note.UNKNOWN_VARIABLE)
                        .build(),
                point("local-maximum", "the local maximum", maximum)
                        .wrong("the maximum of −x² alone", 0)
                        .wrong("the global minimum", global)
                        .build(),
                point("local-minimum", "the local minimum that is not global", local)
                        .wrong("the global minimum", global)
                        .wrong("the local maximum", maximum)
                        .build(),
                NumberPart.of(
                                "gd-end",
                                "Where is gradient descent" + after + "? Give $x$ to three significant "
                                        + "figures (the chart shows the path).",
                                gdEnd,
                                TOLERANCE)
                        .wrong("the start: no movement", runs.x0())
                        .wrong("the other basin's minimum", gdEnd < maximum ? local : global)
                        .invalid("an unfinished product", "-3.9*")
                        .build(),
                NumberPart.of(
                                "momentum-end",
                                "Where is momentum" + after + "? Give $x$ to three significant " + "figures.",
                                momentumEnd,
                                TOLERANCE)
                        .wrong("where gradient descent is", gdEnd)
                        .wrong("where momentum finally settles", settled)
                        .wrong("the start: no movement", runs.x0())
                        .build(),
                settles(runs.settlesGlobally()));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(LANDSCAPE, runs.well().id());
        parameters.put(START, ParameterValues.text(runs.x0()));
        parameters.put(LEARNING_RATE, ParameterValues.text(runs.alpha()));
        parameters.put(MOMENTUM, ParameterValues.text(runs.beta()));
        parameters.put(STEPS, Integer.toString(runs.steps()));
        return new Variant(
                ID,
                number,
                "Local minima of $f(x) = " + LocalMinimaTexts.latex(runs) + "$",
                LocalMinimaTexts.explanation(runs),
                parameters,
                parts,
                LocalMinimaTexts.hints(runs),
                LocalMinimaTexts.solution(runs));
    }

    private static NumberPart point(String id, String what, double x) {
        return NumberPart.of(id, "Give the $x$ of " + what + " of $f$, to three significant figures.", x, TOLERANCE);
    }

    private static Part settles(boolean globally) {
        List<Choice> choices = List.of(
                new Choice("global-minimum", "In the global minimum."),
                new Choice("local-minimum", "In the local minimum that is not global."));
        String correct = globally ? "global-minimum" : "local-minimum";
        String wrong = globally ? "local-minimum" : "global-minimum";
        Map<String, Note> notes = globally ? Map.of() : Map.of("global-minimum", Note.LOCAL_MINIMUM_AS_GLOBAL);
        CannedAnswer canned = globally
                ? CannedAnswer.of("the other minimum", Answer.text(wrong))
                : CannedAnswer.of(
                        "momentum assumed to find the global minimum",
                        Answer.text(wrong),
                        Note.LOCAL_MINIMUM_AS_GLOBAL);
        return new Part(
                "momentum-settles",
                AnswerType.CHOICE,
                "If the momentum run goes on (" + WellRuns.LONG + " updates), in which minimum does it settle?",
                1,
                Answer.text(correct),
                new ChoiceCheck(choices, correct, notes),
                List.of(canned, CannedAnswer.invalid("not a choice", Answer.text("escapes"))));
    }
}
