/**
 * The Vaadin user interface of Gradient Lab. {@link org.gradientlab.ui.AppShell} configures the page (theme,
 * push, viewport); views live in feature packages under this one and are shown inside
 * {@link org.gradientlab.ui.layout.MainLayout}.
 */
package org.gradientlab.ui;
