/**
 * The function contract shared by the engine: {@link org.gradientlab.engine.function.DifferentiableFunction}
 * is what optimizers minimise and what calculus routines differentiate. Start from it when plugging a new
 * objective into the engine.
 */
package org.gradientlab.engine.function;
