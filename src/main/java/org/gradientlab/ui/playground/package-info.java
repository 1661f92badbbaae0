/**
 * The playground: any f(x, y), several optimizers racing on its contour plot, the setup encoded in the URL.
 * Start from {@link org.gradientlab.ui.playground.PlaygroundView}.
 */
package org.gradientlab.ui.playground;
