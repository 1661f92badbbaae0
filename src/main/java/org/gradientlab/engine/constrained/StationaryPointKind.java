package org.gradientlab.engine.constrained;

/**
 * What the stationary point of the Lagrangian is on the constraint set, from the reduced Hessian
 * Zᵀ·Q·Z (Z a basis of the directions that keep Ax = b).
 */
public enum StationaryPointKind {
    /** Zᵀ·Q·Z positive definite: the constrained minimum. */
    MINIMUM,
    /** Zᵀ·Q·Z negative definite: the constrained maximum. */
    MAXIMUM,
    /** Zᵀ·Q·Z indefinite: f rises along some feasible directions and falls along others. */
    SADDLE,
    /** As many independent constraints as variables: the constraints alone fix the point. */
    ONLY_FEASIBLE_POINT
}
