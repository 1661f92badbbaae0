/**
 * The pages of those who teach: instructors and teaching assistants see their courses, rosters, assignments,
 * gradebooks and misconception counts; instructors create courses and build and publish assignments; the admin
 * creates staff accounts. Start from {@link org.gradientlab.ui.teach.TeachView}; every page calls the courses
 * services, which check the rights again and whose refusals {@link org.gradientlab.ui.teach.Notices} translates.
 */
package org.gradientlab.ui.teach;
