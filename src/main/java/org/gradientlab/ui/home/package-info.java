/**
 * The home page: what Gradient Lab is, a live taste of gradient descent, the four featured exercises and the
 * course at a glance. Start from {@link org.gradientlab.ui.home.HomeView}.
 */
package org.gradientlab.ui.home;
