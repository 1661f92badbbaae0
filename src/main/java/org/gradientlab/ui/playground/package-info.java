/**
 * The playground: any f(x, y), several optimizers racing on its contour plot, the setup encoded in the URL.
 * Start from {@link org.gradientlab.ui.playground.PlaygroundView} (the page) and its presenter
 * {@link org.gradientlab.ui.playground.PlaygroundLogic}; {@link org.gradientlab.ui.playground.PlaygroundState}
 * is the race as a value, with {@code toQuery}/{@code fromQuery} for links.
 */
package org.gradientlab.ui.playground;
