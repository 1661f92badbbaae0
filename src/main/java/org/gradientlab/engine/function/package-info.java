/**
 * The function contract shared by the engine: {@link org.gradientlab.engine.function.DifferentiableFunction}
 * is what optimizers minimise and what calculus routines differentiate; a
 * {@link org.gradientlab.engine.function.TwiceDifferentiableFunction} adds the Hessian for second-order
 * methods. Start from the first when plugging a new objective into the engine.
 */
package org.gradientlab.engine.function;
