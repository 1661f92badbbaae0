package org.gradientlab.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gradientlab.api.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document served at {@code /api/v1/openapi.json} lists exactly the implemented endpoints, uses the
 * contract's field names (DESIGN §8, written out here), and documents exactly the fields of the records the
 * endpoints read and write.
 */
@ApiTest
class OpenApiDocumentTest {

    private final ApiClient api;
    private final RequestMappingHandlerMapping mappings;
    private JsonNode document;

    OpenApiDocumentTest(
            @Autowired MockMvc mvc,
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.api = new ApiClient(mvc);
        this.mappings = mappings;
    }

    @BeforeEach
    void fetch() {
        Reply reply = api.get("/api/v1/openapi.json");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.response().getContentType()).startsWith("application/json");
        document = reply.body();
    }

    @Test
    void it_is_an_openapi_3_document() {
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.at("/info/title").asString()).isNotBlank();
    }

    @Test
    void it_lists_exactly_the_implemented_endpoints() {
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue()
                .propertyNames()
                .forEach(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

        Set<String> implemented = new TreeSet<>();
        mappings.getHandlerMethods()
                .forEach((info, handler) -> info.getPathPatternsCondition().getPatternValues().stream()
                        .filter(p -> p.startsWith("/api/v1/"))
                        .forEach(p -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(m -> implemented.add(m.name() + " " + p))));

        assertThat(documented)
                .isEqualTo(implemented)
                .containsExactlyInAnyOrder(
                        "POST /api/v1/evaluate",
                        "POST /api/v1/differentiate",
                        "POST /api/v1/optimize",
                        "GET /api/v1/exercises",
                        "GET /api/v1/exercises/{id}",
                        "POST /api/v1/exercises/{id}/check",
                        "GET /api/v1/courses/{id}/gradebook",
                        "GET /api/v1/openapi.json");
    }

    /** The contract's names, as DESIGN §8 fixes them. */
    private static final Map<String, List<String>> CONTRACT = Map.ofEntries(
            Map.entry("EvaluateRequest", List.of("expression", "variables", "at")),
            Map.entry("EvaluateResponse", List.of("value", "gradient", "text", "latex")),
            Map.entry("DifferentiateRequest", List.of("expression", "variable")),
            Map.entry("DifferentiateResponse", List.of("derivative")),
            Map.entry("Printed", List.of("text", "latex")),
            Map.entry(
                    "OptimizeRequest",
                    List.of(
                            "function",
                            "landscape",
                            "variables",
                            "start",
                            "optimizer",
                            "schedule",
                            "steps",
                            "stop",
                            "clipNorm")),
            Map.entry(
                    "Optimizer",
                    List.of(
                            "name",
                            "lr",
                            "beta",
                            "momentumForm",
                            "nesterovForm",
                            "beta1",
                            "beta2",
                            "eps",
                            "rho",
                            "weightDecay",
                            "memory")),
            Map.entry("Schedule", List.of("name", "gamma", "every", "decay", "period", "mult", "warmup")),
            Map.entry("Stop", List.of("fBelow", "distanceBelow", "minimiser")),
            Map.entry("OptimizeResponse", List.of("trajectory", "losses", "stopped")),
            Map.entry("CheckRequest", List.of("variant", "answers", "assignmentId")),
            // attemptId and variant: only in the answer to a recorded attempt, which the contract leaves open.
            Map.entry("CheckResponse", List.of("verdict", "score", "parts", "attemptId", "variant")),
            Map.entry("PartResult", List.of("verdict", "score", "notes", "messages", "interpretedAs", "mask")),
            Map.entry("Message", List.of("key", "args", "text")),
            Map.entry("Error", List.of("error")));

    private Set<String> properties(JsonNode schema) {
        return new TreeSet<>(schema.get("properties").propertyNames());
    }

    private JsonNode schema(String name) {
        JsonNode schema = document.at("/components/schemas/" + name);
        assertThat(schema.isMissingNode()).as(name).isFalse();
        return schema;
    }

    @Test
    void the_schemas_use_the_contract_names() {
        CONTRACT.forEach(
                (name, fields) -> assertThat(properties(schema(name))).as(name).isEqualTo(new TreeSet<>(fields)));
        assertThat(properties(schema("Error").at("/properties/error"))).containsExactlyInAnyOrder("message", "column");
        assertThat(properties(schema("OptimizeResponse").at("/properties/stopped")))
                .containsExactlyInAnyOrder("reason", "step");
        assertThat(properties(schema("Part"))).contains("id", "type", "prompt");
    }

    @Test
    void the_schemas_document_exactly_the_fields_of_the_records_the_endpoints_use() {
        Map<String, String> records = Map.ofEntries(
                Map.entry("EvaluateRequest", "expressions.EvaluateRequest"),
                Map.entry("EvaluateResponse", "expressions.EvaluateResponse"),
                Map.entry("DifferentiateRequest", "expressions.DifferentiateRequest"),
                Map.entry("DifferentiateResponse", "expressions.DifferentiateResponse"),
                Map.entry("Printed", "expressions.DifferentiateResponse$Printed"),
                Map.entry("OptimizeRequest", "optimize.OptimizeRequest"),
                Map.entry("Optimizer", "optimize.OptimizerSettings"),
                Map.entry("Schedule", "optimize.ScheduleSettings"),
                Map.entry("Stop", "optimize.StopSettings"),
                Map.entry("OptimizeResponse", "optimize.OptimizeResponse"),
                Map.entry("ExerciseSummary", "exercises.ExerciseSummary"),
                Map.entry("Exercise", "exercises.ExerciseView"),
                Map.entry("Part", "exercises.ExerciseView$PartView"),
                Map.entry("CheckRequest", "exercises.CheckRequest"),
                Map.entry("CheckResponse", "exercises.CheckResponse"),
                Map.entry("PartResult", "exercises.CheckResponse$PartResult"),
                Map.entry("Message", "exercises.CheckResponse$MessageView"),
                Map.entry("Gradebook", "courses.GradebookResponse"),
                Map.entry("GradebookColumn", "courses.GradebookResponse$Column"),
                Map.entry("GradebookRow", "courses.GradebookResponse$Row"),
                Map.entry("GradebookCell", "courses.GradebookResponse$Cell"),
                Map.entry("Error", "ApiError"));
        records.forEach((name, type) ->
                assertThat(properties(schema(name))).as(name).isEqualTo(components("org.gradientlab.api." + type)));
        assertThat(properties(schema("Error").at("/properties/error")))
                .isEqualTo(components("org.gradientlab.api.ApiError$Detail"));
        assertThat(properties(schema("OptimizeResponse").at("/properties/stopped")))
                .isEqualTo(components("org.gradientlab.api.optimize.OptimizeResponse$Stopped"));
    }

    @Test
    void every_reference_resolves() {
        Set<String> references = new TreeSet<>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty();
        for (String reference : references) {
            assertThat(document.at(reference.substring(1)).isMissingNode())
                    .as(reference)
                    .isFalse();
        }
    }

    private static void collectReferences(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    into.add(e.getValue().asString());
                } else {
                    collectReferences(e.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectReferences(child, into));
        }
    }

    private static Set<String> components(String className) {
        try {
            RecordComponent[] components = Class.forName(className).getRecordComponents();
            return Arrays.stream(components)
                    .map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no record " + className, e);
        }
    }
}
