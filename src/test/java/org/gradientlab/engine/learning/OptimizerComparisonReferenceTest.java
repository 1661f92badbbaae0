package org.gradientlab.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Map;
import org.gradientlab.engine.optim.MomentumForm;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.Optimizers;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * s002-optimizer-comparison-linreg: SGD, EMA momentum, RMSProp (ρ = 0.999) and Adam on the course's
 * line, 500 full-batch epochs from (0.1, 0.5). The table's "final loss" is losses[-1], the loss before
 * the 500th update (snapshot 499), while w and b are after it (snapshot 500, whose loss is
 * loss_at_final_params). Tolerance: relative 1e-9 (1e-7 percent) as the reference README advises; the
 * moment averages are evaluated in PyTorch's operation order, which agrees with NumPy's to round-off.
 */
class OptimizerComparisonReferenceTest {

    private static final String CASE = "s002-optimizer-comparison-linreg";
    private static final double PERCENT = 1e-7;

    private static Optimizer optimizer(String name) {
        return switch (name) {
            case "SGD" -> Optimizers.gradientDescent(0.01);
            case "Momentum" -> Optimizers.momentum(0.01, 0.9, MomentumForm.EMA);
            case "RMSProp" -> new OptimizerSpec.RmsProp(0.01, 0.999, 1e-8).create();
            case "Adam" -> Optimizers.adam(0.1);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void every_optimizer_row_of_the_comparison_table_is_reproduced() {
        JsonNode in = ReferenceData.inputs(CASE);
        double[] start = ReferenceData.vector(in.get("params0"));
        int epochs = in.get("n_epochs").asInt();
        LinearData data = LinearRegressionReferenceTest.courseData("s002-linreg-snapshots");
        int rows = 0;

        for (Map.Entry<String, JsonNode> row :
                ReferenceData.outputs(CASE).get("table").properties()) {
            JsonNode expected = row.getValue();
            LinearRegressionRun run = LinearRegression.train(data, optimizer(row.getKey()), start[0], start[1], epochs);

            double[] first10 = ReferenceData.vector(expected.get("losses_first_10"));
            for (int e = 0; e < first10.length; e++) {
                assertThat(run.at(e).loss())
                        .as("%s epoch %d", row.getKey(), e)
                        .isCloseTo(first10[e], withinPercentage(PERCENT));
            }
            for (Map.Entry<String, JsonNode> every50 :
                    expected.get("losses_every_50").properties()) {
                int e = Integer.parseInt(every50.getKey());
                assertThat(run.at(e).loss())
                        .as("%s epoch %d", row.getKey(), e)
                        .isCloseTo(every50.getValue().asDouble(), withinPercentage(PERCENT));
            }
            assertThat(run.at(epochs - 1).loss())
                    .as(row.getKey())
                    .isCloseTo(expected.get("final_loss_printed(losses[-1])").asDouble(), withinPercentage(PERCENT));
            assertThat(run.last().w()).isCloseTo(expected.get("w").asDouble(), withinPercentage(PERCENT));
            assertThat(run.last().b()).isCloseTo(expected.get("b").asDouble(), withinPercentage(PERCENT));
            assertThat(run.last().loss())
                    .isCloseTo(expected.get("loss_at_final_params").asDouble(), withinPercentage(PERCENT));
            rows++;
        }
        assertThat(rows).isEqualTo(4);
    }
}
