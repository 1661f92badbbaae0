/**
 * The sign-in page ({@link org.gradientlab.ui.login.LoginView}, route {@code login}): Vaadin's login form in front
 * of Spring Security's form login.
 */
package org.gradientlab.ui.login;
