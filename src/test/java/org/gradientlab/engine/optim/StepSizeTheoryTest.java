package org.gradientlab.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The step-size facts of DESIGN §6, on the catalogue quadratics' eigenvalues. */
class StepSizeTheoryTest {

    @Test
    void thresholds_of_the_catalogue_quadratics() {
        assertThat(StepSizeTheory.gradientDescentThreshold(2, 20)).isEqualTo(0.1);
        assertThat(StepSizeTheory.gradientDescentThreshold(6, 1)).isEqualTo(1.0 / 3);
        assertThat(StepSizeTheory.fastestNonOscillatingStep(2, 20)).isEqualTo(0.05);
        assertThat(StepSizeTheory.optimalStep(2, 20)).isEqualTo(2.0 / 22);
    }

    @Test
    void the_optimal_step_minimises_the_worst_contraction_to_kappa_minus_one_over_kappa_plus_one() {
        double optimal = StepSizeTheory.optimalStep(2, 20);
        double best = StepSizeTheory.contractionFactor(optimal, 2, 20);
        assertThat(best).isCloseTo((10.0 - 1) / (10 + 1), within(1e-15));
        for (int i = 1; i < 1000; i++) {
            double alpha = i * 1e-4;
            assertThat(StepSizeTheory.contractionFactor(alpha, 2, 20)).isGreaterThanOrEqualTo(best - 1e-15);
        }
    }

    @Test
    void convergence_predicates_follow_the_stable_ranges() {
        assertThat(StepSizeTheory.gradientDescentConverges(0.099, 2, 20)).isTrue();
        assertThat(StepSizeTheory.gradientDescentConverges(0.1, 2, 20)).isFalse();
        assertThat(StepSizeTheory.gradientDescentConverges(0, 2, 20)).isFalse();
        assertThat(StepSizeTheory.momentumConverges(MomentumForm.HEAVY_BALL, 0.189, 0.9, 2, 20))
                .isTrue();
        assertThat(StepSizeTheory.momentumConverges(MomentumForm.HEAVY_BALL, 0.191, 0.9, 2, 20))
                .isFalse();
        assertThat(StepSizeTheory.momentumConverges(MomentumForm.EMA, 1.89, 0.9, 2, 20))
                .isTrue();
        assertThat(StepSizeTheory.momentumConverges(MomentumForm.EMA, 1.91, 0.9, 2, 20))
                .isFalse();
        assertThat(StepSizeTheory.momentumThreshold(MomentumForm.VELOCITY, 0, 2, 20))
                .as("β = 0 is gradient descent")
                .isEqualTo(StepSizeTheory.gradientDescentThreshold(2, 20));
    }

    @Test
    void eigenvalues_must_be_given_and_positive() {
        assertThat(catchThrowableOfType(OptimException.class, () -> StepSizeTheory.gradientDescentThreshold())
                        .key())
                .isEqualTo(OptimMessage.EIGENVALUES_MISSING);
        assertThat(catchThrowableOfType(OptimException.class, () -> StepSizeTheory.optimalStep(2, -1))
                        .key())
                .isEqualTo(OptimMessage.EIGENVALUE_NOT_POSITIVE);
    }
}
