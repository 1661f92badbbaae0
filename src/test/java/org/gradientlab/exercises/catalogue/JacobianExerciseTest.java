package org.gradientlab.exercises.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gradientlab.exercises.MatrixCheck;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Variant;
import org.junit.jupiter.api.Test;

class JacobianExerciseTest {

    private final JacobianExercise exercise = new JacobianExercise();

    @Test
    void variant_zero_is_the_course_materials_function_and_point() {
        Variant v = exercise.variant(0);
        assertThat(v.parameters())
                .containsEntry("components", "x1^2; x1*x2; sin(x2)")
                .containsEntry("point", "2, 1");
        MatrixCheck check = (MatrixCheck) v.part("jacobian").orElseThrow().check();
        assertThat(check.jacobian()).isTrue();
        assertThat(check.rows()).isEqualTo(3);
        assertThat(check.columns()).isEqualTo(2);
        assertThat(check.point()).containsExactly(Map.entry("x1", 2.0), Map.entry("x2", 1.0));
        assertThat(v.parts()).extracting(p -> p.id()).containsExactly("jacobian", "fd-denominator");
    }

    @Test
    void variants_draw_three_different_components_and_a_point_where_all_are_defined() {
        Set<String> seen = new HashSet<>();
        for (int n = 1; n < 80; n++) {
            Variant v = exercise.variant(n);
            List<String> components = List.of(v.parameters().get("components").split("; "));
            assertThat(new HashSet<>(components)).hasSize(3);
            seen.add(v.parameters().get("components"));
            MatrixCheck check = (MatrixCheck) v.part("jacobian").orElseThrow().check();
            assertThat(check.point().get("x2")).isNotZero();
        }
        assertThat(seen).hasSizeGreaterThan(40);
    }

    @Test
    void an_instructor_may_choose_components_and_point() {
        Variant v = exercise.variant(5, Map.of("components", "x1/x2; exp(x1*x2); x1^3", "point", "-1, 0.5"));
        assertThat(v.parameters()).containsEntry("point", "-1, 0.5");
        assertThat(v.part("jacobian").orElseThrow().modelAnswer())
                .isEqualTo(org.gradientlab.exercises.Answer.grid(List.of(
                        List.of("1/x2", "-x1/x2^2"),
                        List.of("x2*exp(x1*x2)", "x1*exp(x1*x2)"),
                        List.of("3*x1^2", "0"))));
    }

    @Test
    void unusable_overrides_are_refused_with_keys() {
        assertThat(exercise.validate(Map.of("point", "2")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.WRONG_DIMENSION);
        assertThat(exercise.validate(Map.of("point", "2, zero")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.NOT_A_NUMBER);
        assertThat(exercise.validate(Map.of("components", "x1; x2")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.WRONG_DIMENSION);
        assertThat(exercise.validate(Map.of("components", "x1^2; tan(x1); x2")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThatThrownBy(() -> exercise.variant(0, Map.of("components", "x1/x2; x1; x2^2", "point", "1, 0")))
                .isInstanceOf(ParameterException.class);
    }
}
