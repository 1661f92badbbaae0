package org.gradientlab.grading;

import java.util.OptionalDouble;
import org.gradientlab.engine.function.DifferentiableFunction;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.learning.ClassificationData;
import org.gradientlab.engine.learning.LinearData;
import org.gradientlab.engine.learning.LinearRegressionLoss;
import org.gradientlab.engine.learning.Mlp;
import org.gradientlab.engine.learning.MlpTrainer;
import org.gradientlab.engine.learning.SeededRandom;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopReason;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.exercises.ExperimentCheck;
import org.gradientlab.exercises.ExperimentCheck.Problem;
import org.gradientlab.exercises.OptimizerRule;

/**
 * Runs an experiment's problem with the engine: {@link Runner} (with the course's divergence rule) for landscapes
 * and the linear regression, {@link MlpTrainer} epoch by epoch for a network.
 */
final class Experiments {

    /**
     * How a run ended.
     *
     * @param diverged whether it blew up (at update or epoch {@code count})
     * @param reached  whether it stopped early because the loss fell below the goal's threshold
     * @param count    the updates (epochs for a network) run
     * @param loss     the final loss (a network's validation loss)
     * @param point    the final point, or empty for a network
     * @param accuracy a network's final validation accuracy, NaN otherwise
     */
    record Result(boolean diverged, boolean reached, int count, double loss, double[] point, double accuracy) {}

    private Experiments() {}

    /** The run of {@code method} with these hyperparameters and schedule for {@code length} updates or epochs. */
    static Result run(
            ExperimentCheck check,
            OptimizerRule method,
            java.util.Map<String, Double> hyperparameters,
            Schedule schedule,
            int length) {
        Optimizer optimizer = method.spec(hyperparameters).create(schedule);
        OptionalDouble threshold = check.goal() instanceof ExperimentCheck.Goal.Below b
                ? OptionalDouble.of(b.loss())
                : OptionalDouble.empty();
        return switch (check.problem()) {
            case Problem.OnLandscape p -> {
                Landscape f = Landscapes.byId(p.landscape())
                        .orElseThrow(() -> new IllegalArgumentException("no landscape " + p.landscape()));
                yield descend(optimizer, f, array(p.start()), f.minimumValue(), length, threshold);
            }
            case Problem.OnRegression p -> {
                LinearRegressionLoss f = new LinearRegressionLoss(LinearData.of(array(p.x()), array(p.y())));
                yield descend(
                        optimizer,
                        f,
                        array(p.start()),
                        OptionalDouble.of(f.leastSquares().loss()),
                        length,
                        threshold);
            }
            case Problem.OnNetwork p -> train(optimizer, p, length);
        };
    }

    private static Result descend(
            Optimizer optimizer,
            DifferentiableFunction f,
            double[] start,
            OptionalDouble fStar,
            int length,
            OptionalDouble threshold) {
        StopRule stop = StopRule.steps(length);
        if (threshold.isPresent()) {
            stop = stop.whenBelow(threshold.getAsDouble());
        }
        RunResult r = Runner.run(optimizer, f, start, stop, fStar);
        return new Result(
                r.reason() == StopReason.DIVERGED,
                r.reason() == StopReason.THRESHOLD,
                r.step(),
                r.finalLoss(),
                r.finalPoint(),
                Double.NaN);
    }

    private static Result train(Optimizer optimizer, Problem.OnNetwork p, int epochs) {
        SeededRandom random = SeededRandom.of(p.seed());
        ClassificationData data = ClassificationData.creditRule(p.samples(), random);
        ClassificationData.Split split = data.split(p.trainSize(), random);
        Mlp net = new Mlp(p.layers().stream().mapToInt(Integer::intValue).toArray());
        MlpTrainer trainer =
                new MlpTrainer(net, net.initialParameters(random), split, optimizer, p.batchSize(), random);
        MlpTrainer.Epoch last = null;
        for (int e = 1; e <= epochs; e++) {
            last = trainer.epoch();
            if (!Double.isFinite(last.trainLoss()) || !Double.isFinite(last.validationLoss())) {
                return new Result(true, false, e, last.validationLoss(), new double[0], last.validationAccuracy());
            }
        }
        return new Result(false, false, epochs, last.validationLoss(), new double[0], last.validationAccuracy());
    }

    private static double[] array(java.util.List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
