package org.gradientlab.bench.site;

/**
 * A slider of a live exercise chart.
 *
 * @param label    how the results name it
 * @param page     the page it is on (variant 0, the exercise's defaults)
 * @param selector CSS selector of its {@code <input type="range">} (the first match is used)
 * @param logScale whether the slider moves log₁₀ α rather than α (the value it shows is then 10^position)
 */
record SliderTarget(String label, SitePage page, String selector, boolean logScale) {

    /** The first learning rate of the race (α = 0.01 at first, steps of 10⁻⁴, 80 GD steps per run). */
    static final SliderTarget LR_RACE_RATE =
            new SliderTarget("lr-race, rate 1", SitePage.LR_RACE, ".gl-rate-row input.gl-slider-input", false);

    /** Gradient descent's learning rate on Rosenbrock (10⁻³ at first, steps of 0.05 in log₁₀ α). */
    static final SliderTarget ADAM_VS_GD_GD =
            new SliderTarget("adam-vs-gd, GD rate", SitePage.ADAM_VS_GD, ".gl-gd-rate input.gl-slider-input", true);

    /** Adam's learning rate on Rosenbrock (10⁻² at first, steps of 0.05 in log₁₀ α). */
    static final SliderTarget ADAM_VS_GD_ADAM =
            new SliderTarget("adam-vs-gd, Adam rate", SitePage.ADAM_VS_GD, ".gl-adam-rate input.gl-slider-input", true);

    /** The learning rate this slider position stands for. */
    double value(double position) {
        return logScale ? Math.pow(10, position) : position;
    }
}
