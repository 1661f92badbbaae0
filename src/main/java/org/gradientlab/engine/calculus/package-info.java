/**
 * Derivatives for teaching: finite differences with a chosen step ({@link org.gradientlab.engine.calculus.FiniteDifference}),
 * exact gradients, Jacobians, Hessians and directional derivatives by automatic differentiation
 * ({@link org.gradientlab.engine.calculus.Derivatives}), and eigen-decompositions of small symmetric matrices
 * such as Hessians ({@link org.gradientlab.engine.calculus.SymmetricEigen}).
 */
package org.gradientlab.engine.calculus;
