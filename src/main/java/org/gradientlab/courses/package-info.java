/**
 * Courses and assignments (DESIGN §7): users and roles, courses with join codes, assignments of catalogue
 * exercises, stored attempts graded by the grading module, drafts, hints, the gradebook. The only module that uses
 * persistence (Spring Data JPA over the Flyway schema). Start from the services: {@link
 * org.gradientlab.courses.AttemptService} (a student's work), {@link org.gradientlab.courses.AssignmentService},
 * {@link org.gradientlab.courses.GradebookService}, {@link org.gradientlab.courses.CourseService} and {@link
 * org.gradientlab.courses.AccountService}; each checks the acting user's rights and refuses with a {@link
 * org.gradientlab.courses.CoursesException}.
 */
package org.gradientlab.courses;
