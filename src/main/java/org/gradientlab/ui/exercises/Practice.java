package org.gradientlab.ui.exercises;

import java.util.Map;
import java.util.Optional;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.grading.Feedback;
import org.gradientlab.grading.Grader;
import org.gradientlab.grading.GradingSeed;
import org.springframework.stereotype.Service;

/**
 * Practice mode: the catalogue's exercises graded by the catalogue's grader, with nothing recorded. The exercise
 * pages call this service; assignments (which record attempts) go through the courses module instead.
 */
@Service
public class Practice {

    private final Catalogue catalogue = Catalogue.standard();
    private final Grader grader = new Grader();

    /** The catalogue exercise with this id. */
    public Optional<Exercise> exercise(String id) {
        return catalogue.byId(id);
    }

    /** Grades a practice submission (answers by part id); deterministic in the exercise and variant. */
    public Feedback check(Variant variant, Map<String, Answer> answers) {
        return grader.check(variant, answers, GradingSeed.practice(variant.exerciseId(), variant.number()));
    }
}
