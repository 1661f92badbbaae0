package org.gradientlab.courses;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The courses services on in-memory H2 (H2's default mode). */
@SpringBootTest
@Import(CoursesTestConfiguration.class)
class CoursesServiceTest extends CoursesContract {}
