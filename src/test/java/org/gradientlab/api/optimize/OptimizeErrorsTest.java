package org.gradientlab.api.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.gradientlab.api.ApiClient;
import org.gradientlab.api.ApiClient.Reply;
import org.gradientlab.api.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every request that cannot describe a run is a 400 in the error shape whose message names the offending field or
 * value, so a client can tell what to change; only an unreadable function carries a column.
 */
@ApiTest
class OptimizeErrorsTest {

    private static final String OK_OPTIMIZER = "\"optimizer\": {\"name\": \"gd\", \"lr\": 0.1}";

    private final ApiClient api;

    OptimizeErrorsTest(@Autowired MockMvc mvc) {
        this.api = new ApiClient(mvc);
    }

    /** A run on the bowl from (0, 0) with these further fields. */
    private static String bowl(String fields) {
        return "{\"landscape\": \"bowl\", \"start\": [0, 0], " + fields + "}";
    }

    /** A run on the bowl with this optimizer. */
    private static String optimizer(String settings) {
        return bowl("\"optimizer\": {" + settings + "}");
    }

    /** A run with gradient descent and these further fields. */
    private static String gd(String fields) {
        return "{" + OK_OPTIMIZER + ", " + fields + "}";
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("steps over the limit", bowl(OK_OPTIMIZER + ", \"steps\": 100001"), "steps"),
                Arguments.of("negative steps", bowl(OK_OPTIMIZER + ", \"steps\": -1"), "steps"),
                Arguments.of("fractional steps", bowl(OK_OPTIMIZER + ", \"steps\": 1.5"), "steps"),
                Arguments.of("steps beyond int", bowl(OK_OPTIMIZER + ", \"steps\": 1e30"), "steps"),
                Arguments.of("no optimizer", bowl("\"steps\": 5"), "optimizer"),
                Arguments.of("no learning rate", optimizer("\"name\": \"adam\""), "optimizer.lr"),
                Arguments.of("no optimizer name", optimizer("\"lr\": 0.1"), "optimizer.name"),
                Arguments.of("unknown optimizer", optimizer("\"name\": \"sgdx\", \"lr\": 0.1"), "sgdx"),
                Arguments.of("learning rate as text", optimizer("\"name\": \"gd\", \"lr\": \"fast\""), "optimizer.lr"),
                Arguments.of("negative learning rate", optimizer("\"name\": \"gd\", \"lr\": -1"), "learning rate"),
                Arguments.of(
                        "infinite learning rate", optimizer("\"name\": \"gd\", \"lr\": \"Infinity\""), "learning rate"),
                Arguments.of(
                        "beta given to adam",
                        optimizer("\"name\": \"adam\", \"lr\": 0.1, \"beta\": 0.9"),
                        "optimizer.beta"),
                Arguments.of(
                        "unknown momentum form",
                        optimizer("\"name\": \"momentum\", \"lr\": 0.1, \"momentumForm\": \"nag\""),
                        "nag"),
                Arguments.of(
                        "momentum beta of one", optimizer("\"name\": \"momentum\", \"lr\": 0.1, \"beta\": 1"), "β"),
                Arguments.of(
                        "huge L-BFGS memory",
                        optimizer("\"name\": \"lbfgs\", \"lr\": 1, \"memory\": 2000000000"),
                        "optimizer.memory"),
                Arguments.of(
                        "unknown optimizer field",
                        optimizer("\"name\": \"gd\", \"lr\": 0.1, \"momentum\": 0.9"),
                        "optimizer.momentum"),
                Arguments.of(
                        "function and landscape",
                        gd("\"function\": \"x^2\", \"landscape\": \"bowl\", \"start\": [0]"),
                        "exactly one"),
                Arguments.of("neither function nor landscape", gd("\"start\": [0]"), "exactly one"),
                Arguments.of("unknown landscape", gd("\"landscape\": \"himmelblau\", \"start\": [0, 0]"), "himmelblau"),
                Arguments.of(
                        "landscape with other variables",
                        bowl(OK_OPTIMIZER + ", \"variables\": [\"x\", \"y\"]"),
                        "variables"),
                Arguments.of("start of the wrong length", gd("\"landscape\": \"bowl\", \"start\": [0, 0, 0]"), "start"),
                Arguments.of("start with a null", gd("\"landscape\": \"bowl\", \"start\": [0, null]"), "start[1]"),
                Arguments.of("no start", gd("\"landscape\": \"bowl\""), "start"),
                Arguments.of("function without variables", gd("\"function\": \"2 + 3\", \"start\": []"), "variables"),
                Arguments.of(
                        "duplicate variables",
                        gd("\"function\": \"x\", \"variables\": [\"x\", \"x\"], \"start\": [0, 0]"),
                        "variables"),
                Arguments.of(
                        "unknown schedule", bowl(OK_OPTIMIZER + ", \"schedule\": {\"name\": \"linear\"}"), "linear"),
                Arguments.of(
                        "step schedule without every",
                        bowl(OK_OPTIMIZER + ", \"schedule\": {\"name\": \"step\"}"),
                        "schedule.every"),
                Arguments.of(
                        "cosine schedule with gamma",
                        bowl(OK_OPTIMIZER + ", \"schedule\": {\"name\": \"cosine\", \"period\": 5, \"gamma\": 0.5}"),
                        "schedule.gamma"),
                Arguments.of(
                        "zero period",
                        bowl(OK_OPTIMIZER + ", \"schedule\": {\"name\": \"cosine\", \"period\": 0}"),
                        "period"),
                Arguments.of(
                        "distance without a minimiser on a function",
                        gd("\"function\": \"x^2\", \"start\": [1], \"stop\": {\"distanceBelow\": 0.1}"),
                        "stop.minimiser"),
                Arguments.of(
                        "minimiser without distance",
                        bowl(OK_OPTIMIZER + ", \"stop\": {\"minimiser\": [2, -1]}"),
                        "stop.minimiser"),
                Arguments.of(
                        "minimiser of the wrong length",
                        bowl(OK_OPTIMIZER + ", \"stop\": {\"distanceBelow\": 0.1, \"minimiser\": [2]}"),
                        "stop.minimiser"),
                Arguments.of(
                        "non-finite threshold", bowl(OK_OPTIMIZER + ", \"stop\": {\"fBelow\": \"NaN\"}"), "threshold"),
                Arguments.of("zero clip norm", bowl(OK_OPTIMIZER + ", \"clipNorm\": 0"), "clipping"),
                Arguments.of("unknown top-level field", bowl(OK_OPTIMIZER + ", \"stpes\": 10"), "stpes"),
                Arguments.of(
                        "too many variables",
                        gd("\"function\": \"x\", \"variables\": [" + manyVariables(17) + "], \"start\": [0]"),
                        "variables"));
    }

    private static String manyVariables(int n) {
        return String.join(
                ", ",
                Stream.iterate(1, i -> i + 1)
                        .limit(n)
                        .map(i -> "\"v" + i + "\"")
                        .toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void a_request_that_cannot_describe_a_run_is_refused_naming_the_problem(String what, String body, String named) {
        Reply reply = api.post("/api/v1/optimize", body);

        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.message()).as(reply.text()).contains(named);
        assertThat(reply.body().path("error").has("column")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableFunctions")
    void an_unreadable_function_is_refused_with_its_column(String function, int column) {
        Reply reply = api.post(
                "/api/v1/optimize", "{\"function\": \"" + function + "\", \"start\": [0, 0], " + OK_OPTIMIZER + "}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().at("/error/column").asInt()).as(reply.text()).isEqualTo(column);
        assertThat(reply.message()).contains("function");
    }

    static Stream<Arguments> unreadableFunctions() {
        // Columns are 1-based positions in the function text: 'xy' starts at 5, the second '**' at 5, and a missing
        // ')' is reported one past the end.
        return Stream.of(Arguments.of("x + xy", 5), Arguments.of("x **** y", 5), Arguments.of("(x + y", 7));
    }
}
