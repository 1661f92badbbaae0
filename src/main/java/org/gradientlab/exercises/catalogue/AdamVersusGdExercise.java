package org.gradientlab.exercises.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopReason;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.RunCheck;
import org.gradientlab.exercises.StepsCheck;
import org.gradientlab.exercises.Variant;

/**
 * Adam versus gradient descent on the Rosenbrock function from (−0.5, 0.5): the student picks a learning rate and
 * a number of steps for each, graded by running the engine with those settings to reach f &lt; 0.01 within the
 * step budget, then reports the steps each run needed, checked against the engine's run with the student's own
 * learning rate.
 */
public final class AdamVersusGdExercise implements Exercise {

    static final String ID = "adam-vs-gd";
    static final String START = "start";
    static final String TARGET = "target";
    static final String GD_BUDGET = "gd-budget";
    static final String ADAM_BUDGET = "adam-budget";
    /** The learning rates of the model answers: the course material's (GD 0.001, torch.optim.Adam 0.01). */
    static final double GD_RATE = 0.001;

    static final double ADAM_RATE = 0.01;
    /** Starts the variants draw from; each is reached by both model rates well within 20000 steps. */
    private static final double[][] STARTS = {
        {-0.5, 0.5}, {-1, 1}, {0, 0}, {-1.5, 2}, {0.5, -0.5}, {-1.2, 1}, {0, 1}, {-1, 0}
    };

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Adam vs gradient descent on Rosenbrock";
    }

    @Override
    public String unit() {
        return "Adaptive methods";
    }

    @Override
    public String summary() {
        return "Pick learning rates for gradient descent and for Adam that get the Rosenbrock function below 0.01, "
                + "and report how many steps each needed.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(START, "-0.5, 0.5", "The start point (x, y)."),
                new Parameter(TARGET, "0.01", "The loss to get below (between 1e-6 and 1)."),
                new Parameter(GD_BUDGET, "5000", "The most steps gradient descent may take (1 to 100000)."),
                new Parameter(ADAM_BUDGET, "2000", "The most steps Adam may take (1 to 100000)."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(START, TARGET, GD_BUDGET, ADAM_BUDGET));
        double[] start = overrides.containsKey(START)
                ? ParameterValues.point(START, overrides.get(START), 2)
                : number == 0 ? STARTS[0] : STARTS[VariantRandom.of(ID, number).nextInt(STARTS.length)];
        double target =
                overrides.containsKey(TARGET) ? ParameterValues.number(TARGET, overrides.get(TARGET), 1e-6, 1) : 0.01;
        int gdNeeded = stepsNeeded(RunCheck.Method.GRADIENT_DESCENT, GD_RATE, start, target);
        int adamNeeded = stepsNeeded(RunCheck.Method.ADAM, ADAM_RATE, start, target);
        int gdBudget = budget(GD_BUDGET, overrides, number == 0 ? 5000 : roundUp(1.5 * gdNeeded));
        int adamBudget = budget(ADAM_BUDGET, overrides, number == 0 ? 2000 : roundUp(1.5 * adamNeeded));
        if (gdNeeded > gdBudget || adamNeeded > adamBudget) {
            throw new ParameterException(ParameterProblem.of(
                    gdNeeded > gdBudget ? GD_BUDGET : ADAM_BUDGET,
                    ParameterProblem.Key.UNSUITABLE,
                    gdNeeded > gdBudget ? gdBudget : adamBudget,
                    "the model answer (GD α = 0.001, Adam α = 0.01) needs "
                            + (gdNeeded > gdBudget ? gdNeeded : adamNeeded) + " steps"));
        }
        RunCheck gd = new RunCheck(
                "rosenbrock", List.of(start[0], start[1]), RunCheck.Method.GRADIENT_DESCENT, target, gdBudget);
        RunCheck adam =
                new RunCheck("rosenbrock", List.of(start[0], start[1]), RunCheck.Method.ADAM, target, adamBudget);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(START, ParameterValues.text(start[0]) + ", " + ParameterValues.text(start[1]));
        parameters.put(TARGET, ParameterValues.text(target));
        parameters.put(GD_BUDGET, Integer.toString(gdBudget));
        parameters.put(ADAM_BUDGET, Integer.toString(adamBudget));
        String startText = "(" + parameters.get(START) + ")";
        List<Part> parts = List.of(
                settingsPart("gd-settings", gd, GD_RATE, 0.1, "gradient descent"),
                settingsPart("adam-settings", adam, ADAM_RATE, 1e-7, "Adam"),
                stepsPart("gd-steps", "gd-settings", gdNeeded, gdBudget, "gradient descent"),
                stepsPart("adam-steps", "adam-settings", adamNeeded, adamBudget, "Adam"));
        return new Variant(
                ID,
                number,
                "Adam vs gradient descent on Rosenbrock from $" + startText + "$",
                AdamVersusGdTexts.explanation(startText, target, gdBudget, adamBudget),
                parameters,
                parts,
                AdamVersusGdTexts.hints(),
                AdamVersusGdTexts.solution(gdNeeded, adamNeeded, target, start[0] == -0.5 && start[1] == 0.5));
    }

    /** The steps the engine's run with {@code lr} needs to get below the target (at most 100000). */
    static int stepsNeeded(RunCheck.Method method, double lr, double[] start, double target) {
        Landscape rosenbrock = Landscapes.ROSENBROCK;
        RunResult r = Runner.run(
                method.spec(lr),
                Schedule.constant(),
                rosenbrock,
                start,
                StopRule.steps(100_000).whenBelow(target),
                rosenbrock.minimumValue());
        return r.reason() == StopReason.THRESHOLD ? r.step() : Integer.MAX_VALUE;
    }

    private static int budget(String name, Map<String, String> overrides, int otherwise) {
        return overrides.containsKey(name) ? ParameterValues.whole(name, overrides.get(name), 1, 100_000) : otherwise;
    }

    private static int roundUp(double steps) {
        return (int) Math.min(100_000, Math.ceil(steps / 500) * 500);
    }

    private static Part settingsPart(String id, RunCheck check, double lr, double badRate, String method) {
        List<CannedAnswer> canned = List.of(
                CannedAnswer.of(
                        "a rate that makes the run fail",
                        settings(badRate, check.budget()),
                        badRate > lr ? Note.DIVERGED : Note.TARGET_NOT_REACHED),
                CannedAnswer.of("more steps than the budget", settings(lr, check.budget() + 1), Note.OVER_BUDGET),
                CannedAnswer.invalid("no learning rate", Answer.settings(Map.of("steps", "100"))),
                CannedAnswer.invalid("a negative learning rate", settings(-lr, check.budget())));
        return new Part(
                id,
                AnswerType.SETTINGS,
                "Settings for **" + method + "**: a learning rate `lr` and the number of `steps` to run (at most "
                        + check.budget() + "). The run must get $f$ below $" + ParameterValues.text(check.target())
                        + "$ within those steps.",
                1,
                settings(lr, check.budget()),
                check,
                canned);
    }

    private static Part stepsPart(String id, String settingsPart, int needed, int budget, String method) {
        return new Part(
                id,
                AnswerType.NUMBER,
                "How many steps did your " + method + " run need to get below the target? (The first step $k$ with "
                        + "$f(x_k)$ below it; one step either way is accepted.)",
                1,
                Answer.text(Integer.toString(needed)),
                new StepsCheck(settingsPart, 1),
                List.of(
                        CannedAnswer.of(
                                "the steps asked for instead of the steps needed",
                                Answer.text(Integer.toString(Math.abs(budget - needed) > 1 ? budget : needed + 10))),
                        CannedAnswer.invalid("not a whole number", Answer.text(needed + ".5"))));
    }

    private static Answer settings(double lr, int steps) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lr", ParameterValues.text(lr));
        values.put("steps", Integer.toString(steps));
        return Answer.settings(values);
    }
}
