package org.gradientlab.api.exercises;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Choice;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;

/**
 * {@code GET /api/v1/exercises/{id}?variant=n}: one variant as a student sees it before answering. Model answers,
 * hints and the worked solution are not part of it.
 *
 * @param id          the exercise id
 * @param variant     the variant number
 * @param title       the title
 * @param unit        the unit of the course
 * @param explanation the teaching text, Markdown with LaTeX
 * @param parameters  the variant's parameter values by name
 * @param parts       the answer parts, in display order
 */
record ExerciseView(
        String id,
        int variant,
        String title,
        String unit,
        String explanation,
        Map<String, String> parameters,
        List<PartView> parts) {

    static ExerciseView of(Exercise exercise, Variant variant) {
        return new ExerciseView(
                exercise.id(),
                variant.number(),
                variant.title(),
                exercise.unit(),
                variant.explanation(),
                variant.parameters(),
                variant.parts().stream().map(PartView::of).toList());
    }

    /**
     * One answer part.
     *
     * @param id        the part id, the key of its answer in a check
     * @param type      the answer type: expression, number, vector, matrix, choice, number-set, settings, update-rule
     * @param prompt    the question, Markdown with LaTeX
     * @param weight    the part's weight in the exercise's score
     * @param variables the variables an expression (or vector or matrix entry) may use; absent for other types
     * @param choices   the options of a choice part; absent for other types
     */
    record PartView(
            String id,
            String type,
            String prompt,
            double weight,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> variables,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ChoiceView> choices) {

        static PartView of(Part part) {
            return new PartView(
                    part.id(),
                    part.type().apiName(),
                    part.prompt(),
                    part.weight(),
                    part.variables(),
                    part.choices().stream().map(ChoiceView::of).toList());
        }
    }

    /** A choice: the id to answer with, and the label to show. */
    record ChoiceView(String id, String label) {

        static ChoiceView of(Choice choice) {
            return new ChoiceView(choice.id(), choice.label());
        }
    }
}
