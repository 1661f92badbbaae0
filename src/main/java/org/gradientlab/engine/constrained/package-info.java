/**
 * Equality-constrained optimisation by Lagrange multipliers, with the convention L = f + λ·g stated
 * wherever multipliers are shown. Describe the problem as an {@link
 * org.gradientlab.engine.constrained.EqualityConstrainedQuadratic} and call {@link
 * org.gradientlab.engine.constrained.LagrangeMultipliers#solve}; {@link
 * org.gradientlab.engine.constrained.GaussianElimination} is the small dense solver underneath.
 */
package org.gradientlab.engine.constrained;
