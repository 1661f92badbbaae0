package org.gradientlab.api.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gradientlab.api.ApiClient;
import org.gradientlab.api.ApiTest;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.optim.MomentumForm;
import org.gradientlab.engine.optim.NesterovForm;
import org.gradientlab.engine.optim.StopReason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document names exactly the optimizers, forms, schedules, landscapes and stop reasons the code knows. */
@ApiTest
class OptimizeDocumentationTest {

    private final JsonNode schemas;

    OptimizeDocumentationTest(@Autowired MockMvc mvc) {
        this.schemas = new ApiClient(mvc).get("/api/v1/openapi.json").body().at("/components/schemas");
    }

    private List<String> enumAt(String pointer) {
        List<String> values = new ArrayList<>();
        schemas.at(pointer + "/enum").forEach(v -> values.add(v.asString()));
        return values;
    }

    @Test
    void the_documented_names_are_the_accepted_names() {
        assertThat(enumAt("/Optimizer/properties/name"))
                .isEqualTo(OptimizerSettings.names())
                .containsExactly(
                        "gd",
                        "momentum",
                        "nesterov",
                        "adagrad",
                        "rmsprop",
                        "adam",
                        "amsgrad",
                        "adamw",
                        "adam-l2",
                        "newton",
                        "lbfgs");
        assertThat(enumAt("/Schedule/properties/name"))
                .isEqualTo(ScheduleSettings.names())
                .containsExactly("constant", "step", "exponential", "cosine", "cosine-restarts", "warmup-cosine");
        assertThat(enumAt("/Optimizer/properties/momentumForm"))
                .isEqualTo(Arrays.stream(MomentumForm.values())
                        .map(MomentumForm::apiName)
                        .toList())
                .containsExactly("velocity", "heavy-ball", "ema");
        assertThat(enumAt("/Optimizer/properties/nesterovForm"))
                .isEqualTo(Arrays.stream(NesterovForm.values())
                        .map(NesterovForm::apiName)
                        .toList())
                .containsExactly("pytorch", "lookahead");
        assertThat(enumAt("/OptimizeRequest/properties/landscape"))
                .isEqualTo(Landscapes.all().stream().map(Landscape::id).toList());
        assertThat(enumAt("/OptimizeResponse/properties/stopped/properties/reason"))
                .isEqualTo(Arrays.stream(StopReason.values())
                        .map(StopReason::apiName)
                        .toList())
                .containsExactly("steps", "threshold", "distance", "diverged");
    }

    @Test
    void the_documented_defaults_and_limits_are_the_implemented_ones() {
        assertThat(schemas.at("/OptimizeRequest/properties/steps/default").asInt())
                .isEqualTo(1000);
        assertThat(schemas.at("/OptimizeRequest/properties/steps/maximum").asInt())
                .isEqualTo(OptimizeController.MAX_STEPS)
                .isEqualTo(100_000);
        assertThat(schemas.at("/Optimizer/properties/memory/maximum").asInt())
                .isEqualTo(OptimizerSettings.MAX_LBFGS_MEMORY);
        assertThat(schemas.at("/Optimizer/required").toString()).contains("lr");
    }
}
