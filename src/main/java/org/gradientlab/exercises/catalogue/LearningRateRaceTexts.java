package org.gradientlab.exercises.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Variant;

/** The explanation, hints and worked solution of the learning-rate race. */
final class LearningRateRaceTexts {

    private LearningRateRaceTexts() {}

    static Variant variant(int number, LearningRateRaceExercise.Race race) {
        List<String> names = race.landscape().variables();
        String f = Expression.parse(race.landscape().formula(), new Variables(names))
                .toLatex();
        String start = "(" + ParameterValues.text(race.start()[0]) + ", " + ParameterValues.text(race.start()[1]) + ")";
        double lambdaMax = Math.max(race.eigenvalues()[0], race.eigenvalues()[1]);
        double lambdaMin = Math.min(race.eigenvalues()[0], race.eigenvalues()[1]);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(LearningRateRaceExercise.LANDSCAPE, race.landscape().id());
        parameters.put(
                LearningRateRaceExercise.START,
                ParameterValues.text(race.start()[0]) + ", " + ParameterValues.text(race.start()[1]));
        parameters.put(LearningRateRaceExercise.STEPS, Integer.toString(race.steps()));
        StringBuilder rates = new StringBuilder();
        for (double a : race.rates()) {
            rates.append(rates.isEmpty() ? "" : ", ").append(LearningRateRaceExercise.text(a));
        }
        parameters.put(LearningRateRaceExercise.RATES, rates.toString());
        return new Variant(
                LearningRateRaceExercise.ID,
                number,
                "Learning-rate race on $f = " + f + "$",
                explanation(f, start, lambdaMin, lambdaMax),
                parameters,
                LearningRateRaceExercise.parts(race, f, start),
                hints(lambdaMin, lambdaMax),
                solution(race, lambdaMin, lambdaMax));
    }

    private static String explanation(String f, String start, double lambdaMin, double lambdaMax) {
        return """
                Gradient descent $x \\leftarrow x - \\alpha \\nabla f(x)$ on a quadratic behaves like several \
                independent one-dimensional problems, one along each eigenvector of the Hessian $H$. Along an \
                eigenvector with eigenvalue $\\lambda$, each step multiplies the distance to the minimum by \
                $1 - \\alpha\\lambda$. So:

                - $0 < \\alpha < 1/\\lambda$: the distance shrinks without changing sign;
                - $1/\\lambda < \\alpha < 2/\\lambda$: it overshoots and flips sign each step, **but still shrinks**;
                - $\\alpha > 2/\\lambda$: it overshoots by more than it started with and **grows**: the run diverges.

                The run converges from every start exactly when $0 < \\alpha < 2/\\lambda_{max}$: the stiffest \
                direction sets the limit. Below it, $\\alpha = 1/\\lambda_{max}$ is the fastest step that never \
                oscillates, and $\\alpha = 2/(\\lambda_{min} + \\lambda_{max})$ makes the slowest direction and the \
                stiffest one shrink equally fast. (A start with no component along the stiffest eigenvector would \
                hide the limit, which is why the race starts off both axes.)

                Here $f = %s$, started at $%s$; its Hessian has eigenvalues $%s$ and $%s$. Some texts call \
                $1/\\lambda_{max}$ the "maximum safe" learning rate; it is not where divergence starts — watch the \
                rates between $1/\\lambda_{max}$ and $2/\\lambda_{max}$ in the race.
                """.formatted(f, start, ParameterValues.text(lambdaMin), ParameterValues.text(lambdaMax));
    }

    private static List<String> hints(double lambdaMin, double lambdaMax) {
        return List.of(
                "The Hessian of this quadratic is constant: compute it once. Its eigenvalues are $"
                        + ParameterValues.text(lambdaMin) + "$ and $" + ParameterValues.text(lambdaMax) + "$.",
                "Along the stiffest direction one step multiplies the error by $1 - \\alpha\\lambda_{max}$. For which "
                        + "$\\alpha$ is $|1 - \\alpha\\lambda_{max}| > 1$?",
                "A run whose error factor is negative but larger than $-1$ oscillates and still converges: do not count "
                        + "it as diverging.");
    }

    private static String solution(LearningRateRaceExercise.Race race, double lambdaMin, double lambdaMax) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < race.rates().length; i++) {
            double a = race.rates()[i];
            rows.append("| ")
                    .append(LearningRateRaceExercise.text(a))
                    .append(" | ")
                    .append(LearningRateRaceExercise.text(1 - a * lambdaMin))
                    .append(" | ")
                    .append(LearningRateRaceExercise.text(1 - a * lambdaMax))
                    .append(" | ")
                    .append(race.diverging().contains(i) ? "diverges" : "does not diverge")
                    .append(" |\n");
        }
        return """
                The Hessian is constant with eigenvalues $\\lambda_{min} = %s$ and $\\lambda_{max} = %s$, so gradient \
                descent diverges for $\\alpha > \\alpha^* = 2/\\lambda_{max} = %s$. Per step the error along each \
                eigenvector is multiplied by $1 - \\alpha\\lambda$:

                | $\\alpha$ | $1 - \\alpha\\lambda_{min}$ | $1 - \\alpha\\lambda_{max}$ | in %d steps |
                |---|---|---|---|
                %s
                A factor below $-1$ means divergence (given enough steps to pass the divergence limit); a factor \
                between $-1$ and $0$ means oscillation that still converges. $1/\\lambda_{max} = %s$ is the fastest \
                step without oscillation, not the threshold.
                """.formatted(
                        ParameterValues.text(lambdaMin),
                        ParameterValues.text(lambdaMax),
                        LearningRateRaceExercise.text(race.threshold()),
                        race.steps(),
                        rows,
                        LearningRateRaceExercise.text(1 / lambdaMax));
    }
}
