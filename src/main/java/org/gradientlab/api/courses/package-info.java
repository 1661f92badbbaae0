/**
 * The API of courses (DESIGN §8): the gradebook as JSON or CSV ({@link
 * org.gradientlab.api.courses.GradebookController}) and recorded assignment attempts behind the check endpoint
 * ({@link org.gradientlab.api.courses.CourseAttempts}). Access is checked by the courses services.
 */
package org.gradientlab.api.courses;
