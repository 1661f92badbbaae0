package org.gradientlab.courses;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The standard catalogue plus {@link BrokenExercise}, so that a failing self-test can be provoked. */
@TestConfiguration(proxyBeanMethods = false)
class CoursesTestConfiguration {

    @Bean
    Catalogue catalogue() {
        List<Exercise> all = new ArrayList<>(Catalogue.standard().all());
        all.add(new BrokenExercise());
        return new Catalogue(all);
    }
}
