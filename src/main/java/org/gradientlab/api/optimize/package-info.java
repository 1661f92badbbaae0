/**
 * {@code POST /api/v1/optimize}: runs one of the engine's optimizers with a learning-rate schedule on a typed
 * function or a catalogue landscape and returns the trajectory, the losses and why the run stopped. Start from
 * {@link org.gradientlab.api.optimize.OptimizeController}; {@link org.gradientlab.api.optimize.OptimizerSettings}
 * and {@link org.gradientlab.api.optimize.ScheduleSettings} translate the request's names into the engine's specs.
 */
package org.gradientlab.api.optimize;
