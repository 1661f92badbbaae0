package org.gradientlab.api.optimize;

import org.gradientlab.api.ApiException;
import org.gradientlab.api.ApiJson;
import org.gradientlab.api.Fields;
import org.gradientlab.engine.optim.OptimException;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Optimizers;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopRule;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs an optimizer with the engine's {@link Runner}: divergence is a result ({@code stopped.reason =
 * "diverged"}), never an error; only requests that cannot describe a run are refused.
 */
@RestController
class OptimizeController {

    /** The largest step budget a request may ask for. */
    static final int MAX_STEPS = 100_000;

    private static final int DEFAULT_STEPS = 1000;

    private final ApiJson json;

    OptimizeController(ApiJson json) {
        this.json = json;
    }

    @PostMapping("/api/v1/optimize")
    OptimizeResponse optimize(@RequestBody(required = false) byte[] body) {
        OptimizeRequest request = json.read(body, OptimizeRequest.class);
        int steps = request.steps() == null ? DEFAULT_STEPS : request.steps();
        if (steps < 0 || steps > MAX_STEPS) {
            throw ApiException.badRequest(
                    "The field 'steps' is " + steps + "; it must lie between 0 and " + MAX_STEPS + ".");
        }
        Objective objective = Objective.of(request);
        double[] start = Fields.numbers(request.start(), "start");
        checkDimension(start.length, objective, "start");
        Optimizer optimizer;
        StopRule stop;
        try {
            Schedule schedule = request.schedule() == null
                    ? Schedule.constant()
                    : request.schedule().toSchedule();
            optimizer =
                    Fields.required(request.optimizer(), "optimizer").toSpec().create(schedule);
            if (request.clipNorm() != null) {
                optimizer = Optimizers.clipByNorm(optimizer, request.clipNorm());
            }
            stop = stopRule(steps, request.stop(), objective);
        } catch (OptimException e) {
            throw ApiException.badRequest("Not a valid run: " + e.getMessage() + ".");
        }
        RunResult run = Runner.run(optimizer, objective.function(), start, stop, objective.minimum());
        return new OptimizeResponse(
                run.trajectory().points(),
                run.trajectory().losses(),
                new OptimizeResponse.Stopped(run.reason().apiName(), run.step()));
    }

    private static StopRule stopRule(int steps, StopSettings settings, Objective objective) {
        StopRule rule = StopRule.steps(steps);
        if (settings == null) {
            return rule;
        }
        if (settings.fBelow() != null) {
            rule = rule.whenBelow(settings.fBelow());
        }
        if (settings.distanceBelow() == null) {
            Fields.absent(settings.minimiser(), "stop.minimiser", "is used only with 'stop.distanceBelow'.");
            return rule;
        }
        double[] target;
        if (settings.minimiser() != null) {
            target = Fields.numbers(settings.minimiser(), "stop.minimiser");
            checkDimension(target.length, objective, "stop.minimiser");
        } else {
            target = objective
                    .minimiser()
                    .orElseThrow(() -> ApiException.badRequest(
                            "The field 'stop.minimiser' is required with 'stop.distanceBelow' when the objective has no "
                                    + "known global minimiser."));
        }
        return rule.whenWithin(settings.distanceBelow(), target);
    }

    private static void checkDimension(int length, Objective objective, String field) {
        if (length != objective.variables().size()) {
            throw ApiException.badRequest("The field '" + field + "' has " + length + " coordinates but the "
                    + "objective has " + objective.variables().size() + " variables " + objective.variables() + ".");
        }
    }
}
