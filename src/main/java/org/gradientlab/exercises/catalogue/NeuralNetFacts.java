package org.gradientlab.exercises.catalogue;

import org.gradientlab.engine.learning.ClassificationData;
import org.gradientlab.engine.learning.Mlp;
import org.gradientlab.engine.learning.MlpTrainer;
import org.gradientlab.engine.learning.SeededRandom;
import org.gradientlab.engine.optim.AdamVariant;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.OptimizerState;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;

/**
 * The engine's numbers behind one neural-net variant: Adam's state after one full-batch step from the initial
 * weights (for the parameter with the largest gradient), a model learning rate that the engine confirms reaches
 * the accuracy goal, and the validation accuracy the same network reaches on labels drawn by a coin.
 *
 * @param layers         the layer sizes, input first
 * @param parameterName  the inspected parameter, e.g. {@code layer2.bias[1]}
 * @param first          Adam's state after that first step
 * @param index          the inspected parameter's index
 * @param modelRate      the model answer's learning rate
 * @param modelAccuracy  the validation accuracy the model answer reaches
 * @param courseAccuracy the validation accuracy after the same epochs at the course material's α = 1e-4
 * @param coinAccuracy   the validation accuracy of a network trained on coin-flip labels
 */
record NeuralNetFacts(
        int[] layers,
        String parameterName,
        OptimizerState.Adam first,
        int index,
        double modelRate,
        double modelAccuracy,
        double courseAccuracy,
        double coinAccuracy) {

    static final int SAMPLES = 500;
    static final int TRAIN = 400;
    static final int BATCH = 32;
    private static final double[] RATES = {0.03, 0.01, 0.1};

    static NeuralNetFacts of(int[] layers, long seed, double beta1, double beta2, double goal, int epochs) {
        Mlp net = new Mlp(layers);
        SeededRandom random = SeededRandom.of(seed);
        ClassificationData data = ClassificationData.creditRule(SAMPLES, random);
        ClassificationData.Split split = data.split(TRAIN, random);
        double[] weights = net.initialParameters(random);
        Optimizer adam = adam(0.01, beta1, beta2).create();
        adam.step(weights.clone(), net.loss(split.train()));
        OptimizerState.Adam first = (OptimizerState.Adam) adam.state().orElseThrow();
        double[] g = first.gradient();
        int index = 0;
        for (int i = 1; i < g.length; i++) {
            if (Math.abs(g[i]) > Math.abs(g[index])) {
                index = i;
            }
        }
        double course = accuracy(layers, seed, 1e-4, beta1, beta2, epochs);
        for (double rate : RATES) {
            double accuracy = accuracy(layers, seed, rate, beta1, beta2, epochs);
            if (accuracy >= goal) {
                double coin = coinAccuracy(layers, seed);
                return new NeuralNetFacts(
                        layers.clone(), net.parameterName(index), first, index, rate, accuracy, course, coin);
            }
        }
        throw new ParameterException(ParameterProblem.of(
                NeuralNetExercise.GOAL,
                ParameterProblem.Key.UNSUITABLE,
                goal,
                "Adam does not reach this validation accuracy within " + epochs + " epochs"));
    }

    static OptimizerSpec adam(double lr, double beta1, double beta2) {
        return new OptimizerSpec.Adam(lr, beta1, beta2, 1e-8, AdamVariant.ADAM, 0);
    }

    /** The validation accuracy after training as the exercise's experiment does (same seed, same order of draws). */
    private static double accuracy(int[] layers, long seed, double lr, double beta1, double beta2, int epochs) {
        Mlp net = new Mlp(layers);
        SeededRandom random = SeededRandom.of(seed);
        ClassificationData.Split split =
                ClassificationData.creditRule(SAMPLES, random).split(TRAIN, random);
        MlpTrainer trainer = new MlpTrainer(
                net,
                net.initialParameters(random),
                split,
                adam(lr, beta1, beta2).create(),
                BATCH,
                random);
        return trainer.train(epochs).getLast().validationAccuracy();
    }

    private static double coinAccuracy(int[] layers, long seed) {
        Mlp net = new Mlp(layers);
        SeededRandom random = SeededRandom.of(seed);
        ClassificationData.Split split =
                ClassificationData.randomLabels(SAMPLES, layers[0], random).split(TRAIN, random);
        MlpTrainer trainer = new MlpTrainer(
                net,
                net.initialParameters(random),
                split,
                adam(0.01, 0.9, 0.999).create(),
                BATCH,
                random);
        return trainer.train(10).getLast().validationAccuracy();
    }

    /** The inspected parameter's gradient, m, v and m̂ after the first step. */
    double[] inspected() {
        return new double[] {first.gradient()[index], first.m()[index], first.v()[index], first.mHat()[index]};
    }
}
