package org.gradientlab.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.Map;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * s003-batch-size-tradeoff is marked random, but its randomness is NumPy's legacy stream from seed 42:
 * replaying that stream ({@link NumpyLegacyRandom}) regenerates the data and every batch order, so the
 * whole table can be checked. Tolerance: relative 1e-9 (1e-7 percent), as the reference README advises;
 * summation order differs from BLAS only in the last bits.
 */
class BatchSizeStudyReferenceTest {

    private static final String CASE = "s003-batch-size-tradeoff";
    private static final double PERCENT = 1e-7;

    private static double[] trueWeights() {
        return ReferenceData.vector(ReferenceData.inputs(CASE).get("true_w"));
    }

    private static RegressionData courseData(NumpyLegacyRandom numpy) {
        JsonNode in = ReferenceData.inputs(CASE);
        return RegressionData.generate(
                in.get("n").asInt(), trueWeights(), in.get("noise_std").asDouble(), numpy::gauss);
    }

    @Test
    void replayed_numpy_stream_regenerates_the_course_data() {
        JsonNode summary = ReferenceData.inputs(CASE).get("data_summary");
        RegressionData data = courseData(new NumpyLegacyRandom(42));

        assertThat(data.row(0)).containsExactly(ReferenceData.vector(summary.get("X_first_row")));
        double xSum = 0;
        for (int i = 0; i < data.size(); i++) {
            for (double v : data.row(i)) {
                xSum += v;
            }
        }
        double[] y = data.targets();
        double ySum = 0;
        for (double v : y) {
            ySum += v;
        }
        double[] yFirst5 = ReferenceData.vector(summary.get("y_first_5"));
        for (int i = 0; i < 5; i++) {
            assertThat(y[i]).isCloseTo(yFirst5[i], withinPercentage(PERCENT));
        }
        assertThat(xSum).isCloseTo(summary.get("X_sum").asDouble(), withinPercentage(PERCENT));
        assertThat(ySum).isCloseTo(summary.get("y_sum").asDouble(), withinPercentage(PERCENT));
    }

    @Test
    void every_training_row_and_norm_variance_of_the_course_table_is_reproduced() {
        NumpyLegacyRandom numpy = new NumpyLegacyRandom(42);
        RegressionData data = courseData(numpy);
        JsonNode out = ReferenceData.outputs(CASE);

        List<BatchSizeStudy.Result> results = BatchSizeStudy.run(
                data,
                BatchSizeStudy.COURSE_BATCH_SIZES,
                BatchSizeStudy::courseOptimizer,
                BatchSizeStudy.Settings.courseDefaults(),
                new double[5],
                numpy);

        List<String> rows = List.of("1 (SGD)", "16", "64", "256", "1024", "Full");
        for (int r = 0; r < rows.size(); r++) {
            JsonNode expected = out.get("training").get(rows.get(r));
            MiniBatchRun actual = results.get(r).training();
            assertThat(actual.batchSize()).isEqualTo(expected.get("batch_size").asInt());
            assertThat(actual.epochs()).isEqualTo(expected.get("epochs").asInt());
            double[] losses = ReferenceData.vector(expected.get("losses"));
            for (int e = 0; e < losses.length; e++) {
                assertThat(actual.lossPerEpoch()[e]).isCloseTo(losses[e], withinPercentage(PERCENT));
            }
            double[] w = ReferenceData.vector(expected.get("final_w"));
            for (int j = 0; j < w.length; j++) {
                assertThat(actual.weights()[j]).isCloseTo(w[j], withinPercentage(PERCENT));
            }
            assertThat(actual.weightError())
                    .isCloseTo(expected.get("weight_error").asDouble(), withinPercentage(PERCENT));
        }
        int checked = 0;
        for (Map.Entry<String, JsonNode> entry : out.get("grad_norm_variance").properties()) {
            int batchSize = Integer.parseInt(entry.getKey());
            GradientNoise noise = results.stream()
                    .filter(result -> result.noise().batchSize() == batchSize)
                    .findFirst()
                    .orElseThrow()
                    .noise();
            assertThat(noise.normVariance())
                    .isCloseTo(entry.getValue().get("var_of_grad_norms").asDouble(), withinPercentage(PERCENT));
            checked++;
        }
        assertThat(checked).isEqualTo(4);
    }

    @Test
    void normal_equations_give_the_least_squares_weights_of_the_course_data() {
        RegressionData data = courseData(new NumpyLegacyRandom(42));
        JsonNode out = ReferenceData.outputs(CASE);
        double[] expected = ReferenceData.vector(out.get("least_squares_w(extra)"));

        double[] w = data.leastSquares();

        for (int j = 0; j < expected.length; j++) {
            assertThat(w[j]).isCloseTo(expected[j], withinPercentage(PERCENT));
        }
        assertThat(data.loss(w))
                .isCloseTo(out.get("loss_at_least_squares(extra)").asDouble(), withinPercentage(PERCENT));
    }
}
