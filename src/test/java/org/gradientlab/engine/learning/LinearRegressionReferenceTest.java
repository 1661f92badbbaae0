package org.gradientlab.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Map;
import org.gradientlab.engine.optim.Optimizers;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The course's linear regression (s002), from the 50 noise values the reference stores. Tolerance:
 * relative 1e-9 (written as 1e-7 percent), the reference README's figure for double-precision engines
 * evaluating the same formulas; the runs agree far more closely than that.
 */
class LinearRegressionReferenceTest {

    private static final double PERCENT = 1e-7;

    static LinearData courseData(String caseId) {
        double[] noise = ReferenceData.vector(ReferenceData.inputs(caseId).get("noise"));
        return LinearData.withNoise(Linspace.of(0, 10, 50), noise, 3, 2);
    }

    @Test
    void built_in_course_example_is_the_reference_data() {
        LinearData builtIn = LinearData.courseExample();
        LinearData fromReference = courseData("s002-linreg-snapshots");

        assertThat(builtIn.x()).containsExactly(fromReference.x());
        assertThat(builtIn.y()).containsExactly(fromReference.y());
        // And the stored noise is NumPy's normal(0, 2, 50) after seed(42), replayed independently.
        NumpyLegacyRandom numpy = new NumpyLegacyRandom(42);
        double[] x = builtIn.x();
        double[] y = builtIn.y();
        for (int i = 0; i < 50; i++) {
            assertThat(y[i]).isEqualTo(3 * x[i] + 2 + (0 + 2 * numpy.gauss()));
        }
    }

    @Test
    void gradient_descent_reproduces_every_snapshot_of_the_course_table() {
        JsonNode in = ReferenceData.inputs("s002-linreg-snapshots");
        JsonNode out = ReferenceData.outputs("s002-linreg-snapshots");
        LinearRegressionRun run = LinearRegression.train(
                courseData("s002-linreg-snapshots"),
                Optimizers.gradientDescent(in.get("learning_rate").asDouble()),
                in.get("w0").asDouble(),
                in.get("b0").asDouble(),
                in.get("n_epochs").asInt());

        assertThat(run.epochs()).isEqualTo(200);
        for (JsonNode expected : out.get("snapshots")) {
            LinearRegressionRun.Snapshot actual = run.at(expected.get("epoch").asInt());
            assertThat(actual.w()).isCloseTo(expected.get("w").asDouble(), withinPercentage(PERCENT));
            assertThat(actual.b()).isCloseTo(expected.get("b").asDouble(), withinPercentage(PERCENT));
            assertThat(actual.loss()).isCloseTo(expected.get("loss").asDouble(), withinPercentage(PERCENT));
        }
        for (Map.Entry<String, JsonNode> entry : out.get("loss_every_10_epochs").properties()) {
            assertThat(run.at(Integer.parseInt(entry.getKey())).loss())
                    .isCloseTo(entry.getValue().asDouble(), withinPercentage(PERCENT));
        }
    }

    @Test
    void learning_rate_above_two_over_lambda_max_diverges_and_overflows_at_epoch_198() {
        JsonNode in = ReferenceData.inputs("s002-ex1-linreg-lr0.1");
        JsonNode out = ReferenceData.outputs("s002-ex1-linreg-lr0.1");
        LinearRegressionRun run = LinearRegression.train(
                courseData("s002-linreg-snapshots"),
                Optimizers.gradientDescent(in.get("learning_rate").asDouble()),
                in.get("w0").asDouble(),
                in.get("b0").asDouble(),
                in.get("n_epochs").asInt());

        for (JsonNode expected : out.get("snapshots")) {
            LinearRegressionRun.Snapshot actual = run.at(expected.get("epoch").asInt());
            assertThat(actual.w()).isCloseTo(expected.get("w").asDouble(), withinPercentage(PERCENT));
            assertThat(actual.b()).isCloseTo(expected.get("b").asDouble(), withinPercentage(PERCENT));
            double loss = ReferenceData.number(expected.get("loss"));
            if (Double.isFinite(loss)) {
                assertThat(actual.loss()).isCloseTo(loss, withinPercentage(PERCENT));
            } else {
                assertThat(actual.loss()).isEqualTo(loss);
            }
        }
        double[] first12 = ReferenceData.vector(out.get("loss_first_12_epochs"));
        for (int e = 0; e < first12.length; e++) {
            assertThat(run.at(e).loss()).isCloseTo(first12[e], withinPercentage(PERCENT));
        }
        assertThat(run.firstNonFiniteLossEpoch())
                .hasValue(out.get("first_epoch_loss_not_finite").asInt());
    }

    @Test
    void hessian_eigenvalues_give_the_stable_learning_rate_limit() {
        JsonNode out = ReferenceData.outputs("s002-ex1-linreg-lr0.1");
        LinearRegressionLoss loss = new LinearRegressionLoss(courseData("s002-linreg-snapshots"));
        double[] expected = ReferenceData.vector(out.get("mse_hessian_eigenvalues"));

        double[] eigenvalues = loss.hessianEigenvalues();

        assertThat(eigenvalues[0]).isCloseTo(expected[0], withinPercentage(PERCENT));
        assertThat(eigenvalues[1]).isCloseTo(expected[1], withinPercentage(PERCENT));
        assertThat(loss.stableLearningRateLimit())
                .isCloseTo(out.get("stable_lr_limit_2_over_lambda_max").asDouble(), withinPercentage(PERCENT));
    }

    @Test
    void loss_landscape_values_and_least_squares_line_match_the_course() {
        JsonNode out = ReferenceData.outputs("s002-mse-landscape");
        LinearRegressionLoss loss = new LinearRegressionLoss(courseData("s002-mse-landscape"));

        LinearRegressionLoss.Line best = loss.leastSquares();

        assertThat(loss.value(3, 2)).isCloseTo(out.get("mse_at_w3_b2").asDouble(), withinPercentage(PERCENT));
        assertThat(best.w()).isCloseTo(out.get("least_squares_w").asDouble(), withinPercentage(PERCENT));
        assertThat(best.b()).isCloseTo(out.get("least_squares_b").asDouble(), withinPercentage(PERCENT));
        assertThat(best.loss()).isCloseTo(out.get("mse_at_least_squares").asDouble(), withinPercentage(PERCENT));
        // The reference's grid ranges are not recorded; its best grid point can still be checked.
        double gridLoss = loss.value(
                out.get("grid_min_w").asDouble(), out.get("grid_min_b").asDouble());
        assertThat(gridLoss).isCloseTo(out.get("grid_min_loss").asDouble(), withinPercentage(PERCENT));
        assertThat(gridLoss).isGreaterThan(best.loss());
    }
}
