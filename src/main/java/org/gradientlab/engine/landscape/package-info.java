/**
 * The catalogue's test functions (bowls, ill-conditioned quadratics, Rosenbrock, double wells, a
 * cubic), each with closed-form gradient and Hessian, known stationary points and a plot window.
 * Start from {@link org.gradientlab.engine.landscape.Landscapes} to look one up by id.
 */
package org.gradientlab.engine.landscape;
