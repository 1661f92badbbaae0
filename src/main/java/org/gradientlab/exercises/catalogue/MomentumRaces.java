package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.optim.MomentumForm;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.Outcome;
import org.gradientlab.engine.optim.RunResult;

/**
 * The engine's runs behind the momentum exercise: gradient descent and velocity-form momentum with the same α for
 * the same number of steps, for the β the questions name and for β = 0.05, 0.10, …, 0.95, whose best is the model
 * answer.
 */
final class MomentumRaces {

    /** One momentum run: its β and its loss after the last step. */
    record Entry(double beta, double loss) {}

    private final Landscape f;
    private final double[] start;
    private final double lr;
    private final int steps;
    private final double gd;
    private final double shownBeta;
    private final List<Entry> grid;

    private MomentumRaces(Landscape f, double[] start, double lr, int steps, double shownBeta) {
        this.f = f;
        this.start = start.clone();
        this.lr = lr;
        this.steps = steps;
        this.shownBeta = shownBeta;
        this.gd = Quadratics.run(OptimizerSpec.gradientDescent(lr), f, start, steps)
                .finalLoss();
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            double beta = i / 20.0;
            entries.add(new Entry(beta, loss(beta)));
        }
        this.grid = List.copyOf(entries);
    }

    static MomentumRaces of(Landscape f, double[] start, double lr, int steps, double shownBeta) {
        return new MomentumRaces(f, start, lr, steps, shownBeta);
    }

    /** Gradient descent's loss after the last step. */
    double gd() {
        return gd;
    }

    /** The β the questions name. */
    double shownBeta() {
        return shownBeta;
    }

    /** Momentum's loss after the last step with this β (a diverged run counts as infinitely high). */
    double loss(double beta) {
        RunResult r = Quadratics.run(new OptimizerSpec.Momentum(lr, beta, MomentumForm.VELOCITY), f, start, steps);
        return r.outcome() == Outcome.DIVERGED ? Double.POSITIVE_INFINITY : r.finalLoss();
    }

    /** The runs for β = 0.05 … 0.95. */
    List<Entry> grid() {
        return grid;
    }

    /** The β of the grid that ends lowest. */
    Entry best() {
        Entry best = grid.getFirst();
        for (Entry e : grid) {
            if (e.loss() < best.loss()) {
                best = e;
            }
        }
        return best;
    }

    /** The smallest and largest β of the grid that end below gradient descent. */
    double[] winningRange() {
        double low = Double.NaN;
        double high = Double.NaN;
        for (Entry e : grid) {
            if (e.loss() < gd) {
                low = Double.isNaN(low) ? e.beta() : low;
                high = e.beta();
            }
        }
        return new double[] {low, high};
    }
}
