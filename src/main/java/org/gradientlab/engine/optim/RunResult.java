package org.gradientlab.engine.optim;

/**
 * The result of a {@link Runner} run: the trajectory (ending at the stop), why and after how many
 * updates it stopped, and the {@link Outcome} under the course's rules. A diverged run is a result like
 * any other: {@code reason} is {@link StopReason#DIVERGED} and {@code step} the update at which it was
 * detected.
 */
public record RunResult(Trajectory trajectory, StopReason reason, int step, Outcome outcome) {

    /** The last point, x_step. */
    public double[] finalPoint() {
        return trajectory.last();
    }

    /** f at the last point. */
    public double finalLoss() {
        return trajectory.loss(step);
    }
}
