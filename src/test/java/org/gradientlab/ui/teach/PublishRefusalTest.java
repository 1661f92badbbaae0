package org.gradientlab.ui.teach;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.courses.AssignmentItem;
import org.gradientlab.courses.AssignmentSettings;
import org.gradientlab.courses.AssignmentSummary;
import org.gradientlab.courses.BrokenExercise;
import org.gradientlab.courses.Role;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Publishing runs the self-test of every enrolled student's variant; the editor shows the refusal and its reason and
 * keeps the assignment a draft. The catalogue here has an exercise whose variants (all but the first) give a wrong
 * answer as their own worked answer, so a course with a student on such a variant cannot publish it.
 */
@Import(PublishRefusalTest.WithBrokenExercise.class)
class PublishRefusalTest extends TeachUiTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class WithBrokenExercise {

        @Bean
        Catalogue catalogue() {
            List<Exercise> all = new ArrayList<>(Catalogue.standard().all());
            all.add(new BrokenExercise());
            return new Catalogue(all);
        }
    }

    @Test
    void a_variant_that_fails_its_self_test_stops_publishing_with_the_reason_shown() {
        Course c = course();
        AssignmentSummary a = assignments.create(
                c.instructor(),
                c.id(),
                new AssignmentSettings("Week 1", List.of(AssignmentItem.of(BrokenExercise.ID)), 3, 0.1, 0, null));
        signIn(c.instructor(), Role.INSTRUCTOR);
        open("teach/assignment/" + a.id());
        AssignmentEditor editor = _get(AssignmentEditor.class);

        _click(editor.publish);

        assertThat(editor.refusal.isVisible()).isTrue();
        assertThat(editor.refusal.getText())
                .startsWith("Not published: variant ")
                .contains("of '" + BrokenExercise.ID + "' failed its self-test");
        assertThat(assignments.get(c.instructor(), a.id()).published()).isFalse();
        assertThat(editor.publish.isVisible()).isTrue();
    }
}
