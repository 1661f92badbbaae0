package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.optim.Optimizers;
import org.gradientlab.engine.optim.Outcome;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.StopRule;

/**
 * The engine's gradient-descent runs of the convexity exercise: from each start, on a convex function (typed) and
 * on a non-convex landscape (a double well with known minima), {@link #BUDGET} updates each.
 *
 * @param convex    the convex function's formula, in x
 * @param well      the non-convex landscape
 * @param starts    the start points, in display order
 * @param alpha     the learning rate of every run
 * @param onConvex  the runs on the convex function, one per start
 * @param onWell    the runs on the well, one per start
 */
record ConvexityRuns(
        String convex,
        Landscape well,
        List<Double> starts,
        double alpha,
        List<RunResult> onConvex,
        List<RunResult> onWell) {

    static final int BUDGET = 2000;
    /** Runs that reach the same minimum end this close together. */
    private static final double SAME_POINT = 1e-6;

    static ConvexityRuns of(String convex, Landscape well, List<Double> starts, double alpha) {
        CompiledFunction f = Formulas.compile(convex, List.of("x"));
        List<RunResult> onConvex = new ArrayList<>();
        List<RunResult> onWell = new ArrayList<>();
        for (double s : starts) {
            onConvex.add(Runner.run(Optimizers.gradientDescent(alpha), f, new double[] {s}, StopRule.steps(BUDGET)));
            onWell.add(Runner.run(
                    Optimizers.gradientDescent(alpha),
                    well,
                    new double[] {s},
                    StopRule.steps(BUDGET),
                    well.minimumValue()));
        }
        return new ConvexityRuns(convex, well, List.copyOf(starts), alpha, onConvex, onWell);
    }

    /** Where the run from start i ends on the well. */
    double wellEnd(int i) {
        return onWell.get(i).finalPoint()[0];
    }

    /** Where the runs on the convex function end (all at the same point when {@link #fair()}). */
    double convexMinimum() {
        return onConvex.getFirst().finalPoint()[0];
    }

    /** The starts whose run on the well reaches its global minimum. */
    List<Double> reachGlobal() {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            if (onWell.get(i).outcome() == Outcome.CONVERGED) {
                out.add(starts.get(i));
            }
        }
        return out;
    }

    /** The starts whose run on the convex function converges. */
    List<Double> convexConverged() {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            if (onConvex.get(i).outcome() == Outcome.CONVERGED) {
                out.add(starts.get(i));
            }
        }
        return out;
    }

    /**
     * Whether the runs make the exercise's point: every convex run converges, all to one point; every run on the
     * well ends in one of its minima; and some starts reach the global minimum while others do not.
     */
    boolean fair() {
        for (RunResult r : onConvex) {
            if (r.outcome() != Outcome.CONVERGED || Math.abs(r.finalPoint()[0] - convexMinimum()) > SAME_POINT) {
                return false;
            }
        }
        for (int i = 0; i < starts.size(); i++) {
            double end = wellEnd(i);
            if (well.minimisers().stream().noneMatch(m -> Math.abs(m[0] - end) < SAME_POINT)) {
                return false;
            }
        }
        int global = reachGlobal().size();
        return global > 0 && global < starts.size();
    }
}
