package org.gradientlab.exercises.catalogue;

import org.gradientlab.engine.learning.LinearData;
import org.gradientlab.engine.learning.LinearRegression;
import org.gradientlab.engine.learning.LinearRegressionLoss;
import org.gradientlab.engine.learning.LinearRegressionRun;
import org.gradientlab.engine.optim.Optimizers;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;

/**
 * The engine's numbers behind one linear-regression variant: the least-squares line, the Hessian's eigenvalues and
 * the stable limit 2/λmax, the course material's short run (200 epochs at α = 0.01), and a model choice of α and
 * epochs that the engine confirms ends within the tolerance.
 *
 * @param start       the start (w, b)
 * @param w           the least-squares slope
 * @param b           the least-squares intercept
 * @param loss        the mean squared error of the least-squares line
 * @param eigenvalues the Hessian's eigenvalues, ascending
 * @param trueW       the slope the data were drawn around
 * @param trueB       the intercept the data were drawn around
 * @param shortRun    (w, b) after 200 epochs at α = 0.01
 * @param modelRate   the model answer's α
 * @param modelEpochs the model answer's epochs
 * @param modelEnd    (w, b) after the model answer's run
 */
record LinearRegressionFacts(
        double[] start,
        double w,
        double b,
        double loss,
        double[] eigenvalues,
        double trueW,
        double trueB,
        double[] shortRun,
        double modelRate,
        int modelEpochs,
        double[] modelEnd) {

    private static final int[] EPOCHS = {500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000};

    static LinearRegressionFacts of(LinearData data, double[] start, double[] line, double tolerance, int budget) {
        LinearRegressionLoss loss = new LinearRegressionLoss(data);
        LinearRegressionLoss.Line best = loss.leastSquares();
        double[] eigen = loss.hessianEigenvalues();
        double limit = loss.stableLearningRateLimit();
        LinearRegressionRun.Snapshot course = LinearRegression.train(
                        data, Optimizers.gradientDescent(0.01), start[0], start[1], 200)
                .last();
        double rate = Math.floor(0.7 * limit * 1000) / 1000;
        for (int epochs : EPOCHS) {
            if (epochs > budget) {
                break;
            }
            LinearRegressionRun.Snapshot end = LinearRegression.train(
                            data, Optimizers.gradientDescent(rate), start[0], start[1], epochs)
                    .last();
            if (Math.hypot(end.w() - best.w(), end.b() - best.b()) < tolerance / 2) {
                return new LinearRegressionFacts(
                        start.clone(),
                        best.w(),
                        best.b(),
                        best.loss(),
                        eigen,
                        line[0],
                        line[1],
                        new double[] {course.w(), course.b()},
                        rate,
                        epochs,
                        new double[] {end.w(), end.b()});
            }
        }
        throw new ParameterException(ParameterProblem.of(
                LinearRegressionExercise.BUDGET,
                ParameterProblem.Key.UNSUITABLE,
                budget,
                "gradient descent cannot reach the tolerance within this budget"));
    }

    /** 2/λmax: gradient descent converges iff 0 &lt; α &lt; 2/λmax. */
    double stableLimit() {
        return 2 / eigenvalues[eigenvalues.length - 1];
    }
}
