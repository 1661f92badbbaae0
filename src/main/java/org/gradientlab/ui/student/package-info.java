/**
 * The student's side of courses: signing up with a join code ({@link org.gradientlab.ui.student.SignUpView}), the
 * dashboard of courses and assignments ({@link org.gradientlab.ui.student.CoursesView}), an assignment's exercises
 * ({@link org.gradientlab.ui.student.AssignmentView}) and one exercise in assignment mode
 * ({@link org.gradientlab.ui.student.AssignmentExerciseView}). Every page asks the courses services with the
 * signed-in username, so a student only ever sees their own work.
 */
package org.gradientlab.ui.student;
