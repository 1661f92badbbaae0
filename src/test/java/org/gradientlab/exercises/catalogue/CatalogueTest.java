package org.gradientlab.exercises.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradientlab.exercises.Exercise;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void the_named_exercises_come_first_in_order() {
        assertThat(Catalogue.standard().all())
                .extracting(Exercise::id)
                .startsWith("chain-rule", "jacobian", "lr-race", "adam-vs-gd");
    }

    @Test
    void exercises_are_found_by_id() {
        assertThat(Catalogue.standard().byId("chain-rule")).containsInstanceOf(ChainRuleExercise.class);
        assertThat(Catalogue.standard().byId("no-such-exercise")).isEmpty();
    }

    @Test
    void ids_are_kebab_case() {
        assertThat(Catalogue.standard().all()).extracting(Exercise::id).allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
    }
}
