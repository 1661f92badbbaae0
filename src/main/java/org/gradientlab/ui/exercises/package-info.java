/**
 * The exercise pages and the outline of the catalogue that the menu and the home page show. Start from
 * {@link org.gradientlab.ui.exercises.CourseOutline}, the one place that lists the units and their exercises.
 */
package org.gradientlab.ui.exercises;
