package org.gradientlab.api.optimize;

import java.util.List;

/**
 * {@code POST /api/v1/optimize}: exactly one of {@code function} and {@code landscape}.
 *
 * @param function  a typed objective f, in the expression language
 * @param landscape the id of a catalogue landscape ({@code bowl}, {@code rosenbrock}, …)
 * @param variables the coordinate order; for a function, by default the variables it uses in the order x, y, z,
 *                  x1…x9, a, b, t; for a landscape its own (and, if given, they must be the same)
 * @param start     the start point x₀
 * @param optimizer the method and its hyperparameters
 * @param schedule  the learning-rate schedule (constant when absent)
 * @param steps     the step budget, 0 to {@value OptimizeController#MAX_STEPS} (default 1000)
 * @param stop      early-stop rules
 * @param clipNorm  clip every gradient to this norm (PyTorch's rule), when present
 */
record OptimizeRequest(
        String function,
        String landscape,
        List<String> variables,
        List<Double> start,
        OptimizerSettings optimizer,
        ScheduleSettings schedule,
        Integer steps,
        StopSettings stop,
        Double clipNorm) {}
