package org.gradientlab.ui.exercises.live;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import org.gradientlab.exercises.Answer;
import org.gradientlab.grading.Feedback;

/**
 * The live chart beside an exercise: built from the variant, told when the student's answers change (so it can
 * draw an answer as soon as it reads) and when a submission has been graded (so it can show the consequence).
 */
public abstract class LiveChart extends Composite<Div> {

    protected LiveChart() {
        getContent().addClassName("gl-live-chart");
    }

    /** The student's answers as they stand, by part id; called on every change. */
    public void answersChanged(Map<String, Answer> answers) {}

    /** A submission of these answers was graded. */
    public void graded(Feedback feedback, Map<String, Answer> answers) {}
}
