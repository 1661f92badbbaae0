package org.gradientlab.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.gradientlab.engine.landscape.Landscapes;
import org.junit.jupiter.api.Test;

/**
 * Runs must stay cheap enough for thousands of updates per chart refresh: after its first update
 * (which allocates the state) no optimizer allocates per update, and the runner allocates only the
 * trajectory. Measured with the JVM's per-thread allocation counter.
 */
class AllocationTest {

    private static final int UPDATES = 100_000;

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void updates_after_the_first_allocate_nothing() {
        List<Optimizer> optimizers = List.of(
                Optimizers.gradientDescent(1e-4),
                Optimizers.momentum(1e-4),
                Optimizers.nesterov(1e-4, 0.9, NesterovForm.LOOKAHEAD),
                Optimizers.nesterov(1e-4),
                Optimizers.adaGrad(1e-3),
                Optimizers.rmsProp(1e-4),
                Optimizers.adam(1e-3),
                Optimizers.amsGrad(1e-3),
                Optimizers.adamW(1e-3),
                Optimizers.adamL2(1e-3, 0.01),
                Optimizers.newton(),
                Optimizers.lbfgs(),
                Optimizers.clipByNorm(Optimizers.adam(1e-3), 1));
        for (Optimizer optimizer : optimizers) {
            double[] x = {-0.5, 0.5};
            optimizer.step(x, Landscapes.ROSENBROCK);
            long before = allocatedBytes();
            for (int k = 0; k < UPDATES; k++) {
                optimizer.step(x, Landscapes.ROSENBROCK);
            }
            // 100,000 updates: even 8 bytes each would be 800 kB; allow 16 kB for the JIT's own bookkeeping.
            assertThat(allocatedBytes() - before)
                    .as(optimizer.getClass().getSimpleName())
                    .isLessThan(16_000);
        }
    }

    @Test
    void the_runner_allocates_little_beyond_the_trajectory() {
        StopRule stop = StopRule.steps(UPDATES);
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            // Class loading and JIT compilation allocate on first use; measure a warm run.
            Runner.run(Optimizers.adam(1e-3), Landscapes.ROSENBROCK, new double[] {-0.5, 0.5}, stop);
        }
        long before = allocatedBytes();
        RunResult run = Runner.run(Optimizers.adam(1e-3), Landscapes.ROSENBROCK, new double[] {-0.5, 0.5}, stop);
        long used = allocatedBytes() - before;

        long trajectoryBytes = (long) run.trajectory().size() * (2 + 1) * Double.BYTES;
        // Growth by doubling allocates under 3× the final storage (capacities 1024, 2048, … sum to less than
        // twice the last doubled one, and the last is capped at the budget) and the final trim 1× more:
        // 4× plus 64 kB (here 7.9 MB against 9.7 MB). A point copied per update (a double[2], 32 bytes)
        // would add 3.2 MB and break the bound.
        assertThat(used).isLessThan(4 * trajectoryBytes + 64_000);
    }
}
