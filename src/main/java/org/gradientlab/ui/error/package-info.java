/**
 * Friendly error pages: {@link org.gradientlab.ui.error.NotFoundView} for unknown addresses and
 * {@link org.gradientlab.ui.error.InternalErrorView} for failures, which logs the details with an incident id
 * and shows the visitor only that id. {@link org.gradientlab.ui.error.ErrorHandling} does the same for failures
 * in event listeners.
 */
package org.gradientlab.ui.error;
