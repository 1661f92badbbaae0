package org.gradientlab.bench;

import java.util.concurrent.TimeUnit;
import org.gradientlab.engine.function.DifferentiableFunction;
import org.gradientlab.engine.learning.ClassificationData;
import org.gradientlab.engine.learning.Mlp;
import org.gradientlab.engine.learning.MlpTrainer;
import org.gradientlab.engine.learning.SeededRandom;
import org.gradientlab.engine.optim.Optimizers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One training epoch of the course's credit-approval network (4 → 2 ReLU → 1 sigmoid, 13 parameters, binary
 * cross-entropy, {@code Adam(lr=1e-4)}, batch 32, reference case {@code s002-credit-approval-net}) on random
 * features and labels. {@code trainSize} = 8 000 is the course's loop (10 000 samples split 8 000 / 2 000: 250
 * updates); 10 000 trains on 10 000 samples (313 updates). Every epoch includes the {@link MlpTrainer}'s
 * evaluation of the 2 000-sample validation part (its loss and accuracy); {@link #validationOnly} times that part
 * alone, so the training share is the difference.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Djmh.args="MlpEpochBenchmark"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MlpEpochBenchmark {

    private static final int VALIDATION_SIZE = 2_000;
    private static final int BATCH_SIZE = 32;
    private static final double LR = 1e-4;

    @Param({"8000", "10000"})
    public int trainSize;

    private MlpTrainer trainer;
    private double[] parameters;
    private DifferentiableFunction validationLoss;
    private ClassificationData validation;
    private Mlp net;

    @Setup(Level.Trial)
    public void setUp() {
        SeededRandom random = SeededRandom.of(42);
        ClassificationData all = ClassificationData.randomLabels(trainSize + VALIDATION_SIZE, 4, random);
        ClassificationData.Split split = all.split(trainSize, random);
        net = Mlp.creditApproval();
        parameters = net.initialParameters(random);
        trainer = new MlpTrainer(net, parameters, split, Optimizers.adam(LR), BATCH_SIZE, random);
        validation = split.validation();
        validationLoss = net.loss(validation);
    }

    /** Shuffle, ⌈trainSize / 32⌉ Adam updates, then the validation loss and accuracy on 2 000 samples. */
    @Benchmark
    public MlpTrainer.Epoch epoch() {
        return trainer.epoch();
    }

    /** The validation loss and accuracy on 2 000 samples alone, as each epoch computes them. */
    @Benchmark
    public double validationOnly() {
        return validationLoss.value(parameters) + net.accuracy(parameters, validation);
    }
}
