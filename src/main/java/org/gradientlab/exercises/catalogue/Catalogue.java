package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gradientlab.exercises.Exercise;

/**
 * The exercise catalogue in display order: the four exercises named by the course's teachers first
 * (chain-rule, jacobian, lr-race, adam-vs-gd), then the rest. Ids are unique.
 */
public final class Catalogue {

    private static final Catalogue STANDARD = new Catalogue(List.of(
            new ChainRuleExercise(),
            new JacobianExercise(),
            new LearningRateRaceExercise(),
            new AdamVersusGdExercise()));

    private final List<Exercise> exercises;

    /** A catalogue of these exercises, in this order. */
    public Catalogue(List<Exercise> exercises) {
        List<String> ids = new ArrayList<>();
        for (Exercise e : exercises) {
            if (ids.contains(e.id())) {
                throw new IllegalArgumentException("duplicate exercise id " + e.id());
            }
            ids.add(e.id());
        }
        this.exercises = List.copyOf(exercises);
    }

    /** The site's catalogue. */
    public static Catalogue standard() {
        return STANDARD;
    }

    /** Every exercise, in display order. */
    public List<Exercise> all() {
        return exercises;
    }

    /** The exercise with this id. */
    public Optional<Exercise> byId(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
