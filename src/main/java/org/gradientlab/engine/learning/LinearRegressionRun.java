package org.gradientlab.engine.learning;

import java.util.List;
import java.util.OptionalInt;

/**
 * A full-batch training run of the line y = w·x + b: snapshot e holds the parameters after e updates
 * and the loss at those parameters, which is the loss the next update starts from (the course
 * material records the loss before each update). Snapshots run from epoch 0 to the last epoch.
 */
public record LinearRegressionRun(List<Snapshot> snapshots) {

    /** The parameters after {@code epoch} updates and the mean squared error there. */
    public record Snapshot(int epoch, double w, double b, double loss) {}

    public LinearRegressionRun {
        snapshots = List.copyOf(snapshots);
    }

    /** The number of updates applied. */
    public int epochs() {
        return snapshots.size() - 1;
    }

    /** The snapshot after {@code epoch} updates. */
    public Snapshot at(int epoch) {
        return snapshots.get(epoch);
    }

    /** The final snapshot. */
    public Snapshot last() {
        return snapshots.get(snapshots.size() - 1);
    }

    /** The loss at every epoch, 0 to {@link #epochs()}. */
    public double[] losses() {
        return snapshots.stream().mapToDouble(Snapshot::loss).toArray();
    }

    /** The first epoch whose loss is infinite or NaN, if any: where a diverging run overflows. */
    public OptionalInt firstNonFiniteLossEpoch() {
        for (Snapshot s : snapshots) {
            if (!Double.isFinite(s.loss())) {
                return OptionalInt.of(s.epoch());
            }
        }
        return OptionalInt.empty();
    }
}
