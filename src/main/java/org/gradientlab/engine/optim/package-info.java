/**
 * Optimizers, learning-rate schedules and runs. Start from {@link org.gradientlab.engine.optim.Optimizers}
 * (or an {@link org.gradientlab.engine.optim.OptimizerSpec} with a {@link org.gradientlab.engine.optim.Schedule})
 * to get an {@link org.gradientlab.engine.optim.Optimizer}, and from {@link org.gradientlab.engine.optim.Runner}
 * to run one under a {@link org.gradientlab.engine.optim.StopRule}; {@link org.gradientlab.engine.optim.StepSizeTheory}
 * holds the stable-step facts for quadratics. The first-order methods follow {@code torch.optim}'s formulas,
 * operation order and defaults; Newton and L-BFGS are the engine's own (see their specs).
 */
package org.gradientlab.engine.optim;
