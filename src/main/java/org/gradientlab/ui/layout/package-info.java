/**
 * The frame around every page: {@link org.gradientlab.ui.layout.MainLayout} with the drawer menu of the course,
 * the language menu and the dark-mode toggle; {@link org.gradientlab.ui.layout.BrowserPreferences} remembers
 * both choices in the visitor's browser.
 */
package org.gradientlab.ui.layout;
