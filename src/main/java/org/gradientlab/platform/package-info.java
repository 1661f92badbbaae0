/**
 * Spring wiring of Gradient Lab: configuration and start-up concerns that nothing else depends on. Start from
 * {@link org.gradientlab.platform.StartupMessage}, which tells the console where the site is.
 */
package org.gradientlab.platform;
