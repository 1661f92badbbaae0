package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gradientlab.engine.function.DifferentiableFunction;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.learning.LinearData;
import org.gradientlab.engine.learning.LinearRegressionLoss;
import org.gradientlab.engine.optim.MomentumForm;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.Outcome;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopRule;

/**
 * One comparison of SGD, momentum, RMSProp and Adam as the engine runs it: each optimizer's final loss and its
 * distance from the minimiser (infinite when the run diverged). The course material's two settings: the linear
 * regression (500 epochs from (0.1, 0.5); SGD α = 0.01, EMA momentum α = 0.01 and β = 0.9, RMSProp α = 0.01 and
 * ρ = 0.999, Adam α = 0.1) and Rosenbrock (5000 steps; SGD α = 1e-3, heavy-ball momentum α = 1e-3 and β = 0.9,
 * Adam α = 1e-2, and RMSProp α = 1e-3 with PyTorch's ρ = 0.99, which the material does not race there).
 *
 * @param entries the optimizers in display order
 */
record ComparisonTable(List<Entry> entries) {

    /** The ids of the four optimizers, the choice ids of the questions. */
    static final List<String> IDS = List.of("sgd", "momentum", "rmsprop", "adam");

    /**
     * One optimizer's run.
     *
     * @param id       the choice id
     * @param label    the optimizer with its form and hyperparameters, Markdown with LaTeX
     * @param loss     f at the last point
     * @param distance the distance from the minimiser, infinite after divergence
     * @param diverged whether the run diverged
     */
    record Entry(String id, String label, double loss, double distance, boolean diverged) {}

    ComparisonTable {
        entries = List.copyOf(entries);
    }

    /** SGD, EMA momentum, RMSProp and Adam with the course material's settings for the linear regression. */
    static List<OptimizerComparisonExercise.Racer> regressionRacers() {
        return List.of(
                new OptimizerComparisonExercise.Racer(
                        "sgd", "SGD ($\\alpha = 0.01$)", "SGD (α = 0.01)", OptimizerSpec.gradientDescent(0.01)),
                new OptimizerComparisonExercise.Racer(
                        "momentum",
                        "Momentum, EMA form ($\\alpha = 0.01$, $\\beta = 0.9$)",
                        "Momentum, EMA form (α = 0.01, β = 0.9)",
                        new OptimizerSpec.Momentum(0.01, 0.9, MomentumForm.EMA)),
                new OptimizerComparisonExercise.Racer(
                        "rmsprop",
                        "RMSProp ($\\alpha = 0.01$, $\\rho = 0.999$)",
                        "RMSProp (α = 0.01, ρ = 0.999)",
                        new OptimizerSpec.RmsProp(0.01, 0.999, 1e-8)),
                new OptimizerComparisonExercise.Racer(
                        "adam", "Adam ($\\alpha = 0.1$)", "Adam (α = 0.1)", OptimizerSpec.adam(0.1)));
    }

    /** SGD, heavy-ball momentum, RMSProp and Adam with the course material's settings for Rosenbrock. */
    static List<OptimizerComparisonExercise.Racer> rosenbrockRacers() {
        return List.of(
                new OptimizerComparisonExercise.Racer(
                        "sgd", "SGD ($\\alpha = 10^{-3}$)", "SGD (α = 10⁻³)", OptimizerSpec.gradientDescent(1e-3)),
                new OptimizerComparisonExercise.Racer(
                        "momentum",
                        "Momentum, heavy-ball form ($\\alpha = 10^{-3}$, $\\beta = 0.9$)",
                        "Momentum, heavy-ball form (α = 10⁻³, β = 0.9)",
                        new OptimizerSpec.Momentum(1e-3, 0.9, MomentumForm.HEAVY_BALL)),
                new OptimizerComparisonExercise.Racer(
                        "rmsprop",
                        "RMSProp ($\\alpha = 10^{-3}$, $\\rho = 0.99$)",
                        "RMSProp (α = 10⁻³, ρ = 0.99)",
                        OptimizerSpec.rmsProp(1e-3)),
                new OptimizerComparisonExercise.Racer(
                        "adam", "Adam ($\\alpha = 10^{-2}$)", "Adam (α = 10⁻²)", OptimizerSpec.adam(1e-2)));
    }

    static ComparisonTable regression(LinearData data, double[] start, int epochs) {
        LinearRegressionLoss f = new LinearRegressionLoss(data);
        LinearRegressionLoss.Line best = f.leastSquares();
        return of(regressionRacers(), f, start, epochs, new double[] {best.w(), best.b()});
    }

    static ComparisonTable rosenbrock(double[] start, int steps) {
        return of(rosenbrockRacers(), Landscapes.ROSENBROCK, start, steps, new double[] {1, 1});
    }

    private static ComparisonTable of(
            List<OptimizerComparisonExercise.Racer> racers,
            DifferentiableFunction f,
            double[] start,
            int steps,
            double[] minimiser) {
        List<Entry> out = new ArrayList<>();
        for (OptimizerComparisonExercise.Racer racer : racers) {
            RunResult r = Runner.run(
                    racer.spec(),
                    Schedule.constant(),
                    f,
                    start,
                    StopRule.steps(steps),
                    java.util.OptionalDouble.empty());
            boolean diverged = r.outcome() == Outcome.DIVERGED;
            double[] x = r.finalPoint();
            double distance =
                    diverged ? Double.POSITIVE_INFINITY : Math.hypot(x[0] - minimiser[0], x[1] - minimiser[1]);
            out.add(new Entry(racer.id(), racer.label(), r.finalLoss(), distance, diverged));
        }
        return new ComparisonTable(out);
    }

    /** The entries by distance, closest first. */
    List<Entry> byDistance() {
        return entries.stream()
                .sorted(Comparator.comparingDouble(Entry::distance))
                .toList();
    }

    /** The entry that ends closest to the minimiser. */
    Entry closest() {
        return byDistance().getFirst();
    }

    /** The entry that ends farthest from it. */
    Entry farthest() {
        return byDistance().getLast();
    }

    /** Whether the closest is less than half as far as the next, and the farthest 1.5 times the one before. */
    boolean clearCut() {
        List<Entry> sorted = byDistance();
        return sorted.get(0).distance() < 0.5 * sorted.get(1).distance()
                && sorted.get(3).distance() > 1.5 * sorted.get(2).distance();
    }

    /** How many end within {@code radius} of the minimiser. */
    int within(double radius) {
        return (int) entries.stream().filter(e -> e.distance() < radius).count();
    }

    /** The entry with this id. */
    Entry entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** The table in Markdown: optimizer, final loss, distance from the minimiser. */
    String markdown(String minimiser) {
        StringBuilder out =
                new StringBuilder("| optimizer | final $f$ | distance from " + minimiser + " |\n|---|---|---|\n");
        for (Entry e : entries) {
            out.append("| ")
                    .append(e.label())
                    .append(" | ")
                    .append(e.diverged() ? "diverged" : "$" + Figures.latex(e.loss(), 4) + "$")
                    .append(" | ")
                    .append(e.diverged() ? "—" : "$" + Figures.latex(e.distance(), 3) + "$")
                    .append(" |\n");
        }
        return out.toString();
    }
}
