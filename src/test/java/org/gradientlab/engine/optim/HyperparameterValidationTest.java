package org.gradientlab.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.gradientlab.engine.landscape.Landscapes;
import org.junit.jupiter.api.Test;

/** Bad hyperparameters are refused when an optimizer is created, with a key and its arguments. */
class HyperparameterValidationTest {

    private static OptimMessage keyOf(ThrowingCallable call) {
        return catchThrowableOfType(OptimException.class, call).key();
    }

    @Test
    void learning_rates_must_be_finite_and_not_negative() {
        assertThat(keyOf(() -> Optimizers.gradientDescent(-0.1))).isEqualTo(OptimMessage.LEARNING_RATE_INVALID);
        assertThat(keyOf(() -> Optimizers.adam(Double.NaN))).isEqualTo(OptimMessage.LEARNING_RATE_INVALID);
        assertThat(keyOf(() -> Optimizers.momentum(Double.POSITIVE_INFINITY)))
                .isEqualTo(OptimMessage.LEARNING_RATE_INVALID);
    }

    @Test
    void decay_rates_must_lie_in_zero_one() {
        assertThat(keyOf(() -> Optimizers.momentum(0.1, 1, MomentumForm.VELOCITY)))
                .isEqualTo(OptimMessage.DECAY_RATE_OUT_OF_RANGE);
        assertThat(keyOf(() -> new OptimizerSpec.RmsProp(0.1, -0.1, 1e-8).create()))
                .isEqualTo(OptimMessage.DECAY_RATE_OUT_OF_RANGE);
        OptimException beta2 = catchThrowableOfType(
                OptimException.class, () -> new OptimizerSpec.Adam(0.1, 0.9, 1.5, 1e-8, AdamVariant.ADAM, 0).create());
        assertThat(beta2.key()).isEqualTo(OptimMessage.DECAY_RATE_OUT_OF_RANGE);
        assertThat(beta2.args()).containsExactly("β2", 1.5);
        assertThat(beta2.getMessage()).isEqualTo("β2 must lie in [0, 1), got 1.5");
    }

    @Test
    void epsilon_decay_and_memory_are_checked() {
        assertThat(keyOf(() -> new OptimizerSpec.AdaGrad(0.1, -1e-10).create()))
                .isEqualTo(OptimMessage.EPSILON_INVALID);
        assertThat(keyOf(() -> new OptimizerSpec.Adam(0.1, 0.9, 0.999, 1e-8, AdamVariant.ADAMW, -0.01).create()))
                .isEqualTo(OptimMessage.WEIGHT_DECAY_INVALID);
        assertThat(keyOf(() -> new OptimizerSpec.Adam(0.1, 0.9, 0.999, 1e-8, AdamVariant.ADAM, 0.01).create()))
                .as("plain Adam would silently ignore λ")
                .isEqualTo(OptimMessage.WEIGHT_DECAY_UNUSED);
        assertThat(keyOf(() -> new OptimizerSpec.Lbfgs(1, 0).create())).isEqualTo(OptimMessage.MEMORY_INVALID);
    }

    @Test
    void a_point_of_the_wrong_size_or_a_changed_dimension_is_refused() {
        Optimizer adam = Optimizers.adam(0.1);
        assertThat(keyOf(() -> adam.step(new double[] {1, 2, 3}, Landscapes.BOWL)))
                .isEqualTo(OptimMessage.DIMENSION_MISMATCH);
        adam.step(new double[] {1, 2}, Landscapes.BOWL);
        assertThat(keyOf(() -> adam.step(new double[] {1}, Landscapes.DOUBLE_WELL)))
                .isEqualTo(OptimMessage.DIMENSION_MISMATCH);
    }

    @Test
    void defaults_follow_torch_optim() {
        assertThat(OptimizerSpec.adaGrad(0.1)).isEqualTo(new OptimizerSpec.AdaGrad(0.1, 1e-10));
        assertThat(OptimizerSpec.rmsProp(0.1)).isEqualTo(new OptimizerSpec.RmsProp(0.1, 0.99, 1e-8));
        assertThat(OptimizerSpec.adam(0.1))
                .isEqualTo(new OptimizerSpec.Adam(0.1, 0.9, 0.999, 1e-8, AdamVariant.ADAM, 0));
        assertThat(OptimizerSpec.adamW(0.1))
                .isEqualTo(new OptimizerSpec.Adam(0.1, 0.9, 0.999, 1e-8, AdamVariant.ADAMW, 0.01));
        assertThat(OptimizerSpec.momentum(0.1)).isEqualTo(new OptimizerSpec.Momentum(0.1, 0.9, MomentumForm.VELOCITY));
        assertThat(OptimizerSpec.nesterov(0.1)).isEqualTo(new OptimizerSpec.Nesterov(0.1, 0.9, NesterovForm.PYTORCH));
    }

    @Test
    void api_names_round_trip() {
        for (MomentumForm form : MomentumForm.values()) {
            assertThat(MomentumForm.fromApiName(form.apiName())).contains(form);
        }
        for (NesterovForm form : NesterovForm.values()) {
            assertThat(NesterovForm.fromApiName(form.apiName())).contains(form);
        }
        assertThat(MomentumForm.fromApiName("heavy-ball")).contains(MomentumForm.HEAVY_BALL);
        assertThat(MomentumForm.fromApiName("nonsense")).isEmpty();
        assertThat(StopReason.DIVERGED.apiName()).isEqualTo("diverged");
    }
}
