package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.NumberSetCheck;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.Variant;

/**
 * Convex versus non-convex: gradient descent from several starts on a convex function (every run reaches the one
 * minimum) and on a double well (only the starts in the global minimum's basin reach it). The student says which
 * starts reach the global minimum on each and where the runs end; all runs are the engine's. Variant 0 uses
 * x⁴ + x² − 2x and the steep double well x⁴ − 4x² + 2x from −2, −1, 0, 1, 2 with α = 0.02.
 */
public final class ConvexityExercise implements Exercise {

    static final String ID = "convexity";
    static final String CONVEX = "convex";
    static final String WELL = "non-convex";
    static final String STARTS = "starts";
    static final String LEARNING_RATE = "learning-rate";
    /** End points read off the chart: three significant figures. */
    static final Tolerance TOLERANCE = Tolerance.significantFigures(3);
    /** A typed start means an offered one when it agrees to this. */
    static final Tolerance START_TOLERANCE = new Tolerance(1e-9, 1e-9);

    private static final List<String> CONVEX_FUNCTIONS =
            List.of("x^4 + x^2 - 2*x", "(x - 1)^2", "exp(x) - 2*x", "x^2 + sin(x)");
    private static final List<Landscape> WELLS = List.of(Landscapes.STEEP_DOUBLE_WELL, Landscapes.DOUBLE_WELL);
    private static final List<Double> START_POOL = List.of(-2.0, -1.5, -1.0, -0.5, 0.5, 1.0, 1.5, 2.0);
    private static final int DRAWS = 50;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Convex vs non-convex";
    }

    @Override
    public String unit() {
        return "Gradient descent";
    }

    @Override
    public String summary() {
        return "Run gradient descent from several starts on a convex and a non-convex function and compare the ends.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(
                        CONVEX,
                        CONVEX_FUNCTIONS.getFirst(),
                        "A convex function of x (every gradient-descent "
                                + "run from the starts must reach the same minimum)."),
                new Parameter(
                        WELL,
                        "steep-double-well",
                        "The non-convex function: steep-double-well (x⁴ − 4x² + 2x) "
                                + "or double-well (0.1x⁴ − 3x² + x)."),
                new Parameter(STARTS, "-2, -1, 0, 1, 2", "The start points, separated by commas (2 to 8)."),
                new Parameter(LEARNING_RATE, "0.02", "The learning rate α of every run."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(CONVEX, WELL, STARTS, LEARNING_RATE));
        VariantRandom r = VariantRandom.of(ID, number);
        String convex = overrides.containsKey(CONVEX)
                ? convex(overrides.get(CONVEX))
                : number == 0 ? CONVEX_FUNCTIONS.getFirst() : CONVEX_FUNCTIONS.get(r.nextInt(CONVEX_FUNCTIONS.size()));
        Landscape well = overrides.containsKey(WELL)
                ? well(overrides.get(WELL))
                : number == 0 ? WELLS.getFirst() : WELLS.get(r.nextInt(WELLS.size()));
        for (int draw = 0; draw < DRAWS; draw++) {
            List<Double> starts = number == 0 && draw == 0 ? List.of(-2.0, -1.0, 0.0, 1.0, 2.0) : draw(r);
            double alpha = number == 0 && draw == 0 ? 0.02 : r.pick(0.01, 0.02, 0.03);
            if (overrides.containsKey(STARTS)) {
                starts = starts(overrides.get(STARTS));
            }
            if (overrides.containsKey(LEARNING_RATE)) {
                alpha = ParameterValues.number(LEARNING_RATE, overrides.get(LEARNING_RATE), 1e-4, 1);
            }
            ConvexityRuns runs = ConvexityRuns.of(convex, well, starts, alpha);
            if (runs.fair()) {
                return variantOf(number, runs);
            }
            if (overrides.containsKey(STARTS) && overrides.containsKey(LEARNING_RATE)) {
                break;
            }
        }
        throw new ParameterException(ParameterProblem.of(
                STARTS,
                ParameterProblem.Key.UNSUITABLE,
                overrides.getOrDefault(STARTS, ""),
                "with these settings a run does not settle in a minimum, the "
                        + "convex runs do not meet, or the starts do not cover both basins of the non-convex "
                        + "function"));
    }

    /** Five distinct starts from the pool, in increasing order. */
    private static List<Double> draw(VariantRandom r) {
        List<Double> pool = new ArrayList<>(START_POOL);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            out.add(pool.remove(r.nextInt(pool.size())));
        }
        out.sort(Double::compare);
        return out;
    }

    private static String convex(String text) {
        return switch (Expression.tryParse(text, Variables.of("x"))) {
            case ParseResult.Success s -> s.expression().toText();
            case ParseResult.Failure f ->
                throw new ParameterException(
                        ParameterProblem.of(CONVEX, ParameterProblem.Key.NOT_AN_EXPRESSION, text, f.message()));
        };
    }

    private static Landscape well(String id) {
        return WELLS.stream()
                .filter(w -> w.id().equals(id.strip()))
                .findFirst()
                .orElseThrow(() -> new ParameterException(ParameterProblem.of(
                        WELL, ParameterProblem.Key.UNSUITABLE, id, "choose steep-double-well or double-well")));
    }

    private static List<Double> starts(String text) {
        double[] s = ParameterValues.numbers(STARTS, text);
        if (s.length < 2 || s.length > 8 || Arrays.stream(s).distinct().count() != s.length) {
            throw new ParameterException(ParameterProblem.of(
                    STARTS, ParameterProblem.Key.UNSUITABLE, text, "give 2 to 8 different start points"));
        }
        return Arrays.stream(s).boxed().toList();
    }

    private static Variant variantOf(int number, ConvexityRuns runs) {
        List<Double> starts = runs.starts();
        List<String> startTexts = starts.stream().map(NumberText::plain).toList();
        double[] ends = new double[starts.size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = runs.wellEnd(i);
        }
        List<Double> global = runs.reachGlobal();
        List<Double> others = starts.stream().filter(s -> !global.contains(s)).toList();
        double globalMinimum = runs.well().globalMinimiser().orElseThrow()[0];
        double[] allAtGlobal = new double[ends.length];
        Arrays.fill(allAtGlobal, globalMinimum);
        String which = " Give the starts as a list of numbers, chosen from " + String.join(", ", startTexts) + ".";
        List<Part> parts = List.of(
                new Part(
                        "convex-reach",
                        AnswerType.NUMBER_SET,
                        "On the convex function $" + ConvexityTexts.convex(runs)
                                + "$, from which starts does gradient descent reach the global minimum?" + which,
                        1,
                        entries(runs.convexConverged()),
                        new NumberSetCheck(starts, runs.convexConverged(), START_TOLERANCE, List.of()),
                        List.of(
                                CannedAnswer.of("none", Answer.entries()),
                                CannedAnswer.of("only the starts that reach it on the other function", entries(global)),
                                CannedAnswer.invalid("a start that is not offered", Answer.entries("17")))),
                new Part(
                        "non-convex-reach",
                        AnswerType.NUMBER_SET,
                        "On the non-convex function $"
                                + ConvexityTexts.well(runs)
                                + "$, from which starts does gradient descent reach the global "
                                + "minimum?" + which,
                        2,
                        entries(global),
                        new NumberSetCheck(
                                starts,
                                global,
                                START_TOLERANCE,
                                List.of(new NumberSetCheck.KnownSetMistake(
                                        starts,
                                        Note.LOCAL_MINIMUM_AS_GLOBAL,
                                        "every start, as on a convex function; here a run stops in its own basin"))),
                        List.of(
                                CannedAnswer.of("every start", entries(starts), Note.LOCAL_MINIMUM_AS_GLOBAL),
                                CannedAnswer.of("exactly the wrong ones", entries(others)),
                                CannedAnswer.invalid("a blank entry", Answer.entries("")))),
                VectorPart.of(
                                "non-convex-ends",
                                "Where does each run on the non-convex function end? Give one $x$ "
                                        + "per start, in the order " + String.join(", ", startTexts)
                                        + " (three significant "
                                        + "figures).",
                                ends,
                                Map.of(),
                                TOLERANCE)
                        .weight(2)
                        .wrong("all at the global minimum", allAtGlobal)
                        .wrong(
                                "where they started",
                                starts.stream().mapToDouble(Double::doubleValue).toArray())
                        .commonMistakes("x")
                        .build(),
                NumberPart.of(
                                "convex-minimum",
                                "Where do the runs on the convex function end? Give $x$ to three "
                                        + "significant figures.",
                                runs.convexMinimum(),
                                TOLERANCE)
                        .wrong("the origin", 0)
                        .wrong("the non-convex function's global minimum", globalMinimum)
                        .invalid("a name, not a number", "x", Note.UNKNOWN_VARIABLE)
                        .build());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(CONVEX, runs.convex());
        parameters.put(WELL, runs.well().id());
        parameters.put(
                STARTS,
                String.join(", ", starts.stream().map(ParameterValues::text).toList()));
        parameters.put(LEARNING_RATE, ParameterValues.text(runs.alpha()));
        return new Variant(
                ID,
                number,
                "Convex vs non-convex: $" + ConvexityTexts.convex(runs) + "$ and $" + ConvexityTexts.well(runs) + "$",
                ConvexityTexts.explanation(runs),
                parameters,
                parts,
                ConvexityTexts.hints(runs),
                ConvexityTexts.solution(runs));
    }

    private static Answer entries(List<Double> values) {
        return Answer.entries(values.stream().map(NumberText::plain).toArray(String[]::new));
    }
}
