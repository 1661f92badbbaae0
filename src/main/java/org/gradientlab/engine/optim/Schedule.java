package org.gradientlab.engine.optim;

/**
 * A learning-rate schedule: a pure function of the update index k (k = 0 for the first update) and the
 * optimizer's base rate lr0 = α. An optimizer asks for α_k before each update and uses it exactly where
 * its formula writes α.
 */
public sealed interface Schedule {

    /** The learning rate α_k of update k. */
    double learningRate(double lr0, int k);

    /** {@code lr0} for every k. */
    static Schedule constant() {
        return new Constant();
    }

    /** {@code lr0·γ^⌊k/T⌋}: multiply by γ every {@code period} updates. */
    static Schedule step(double gamma, int period) {
        return new StepDecay(gamma, period);
    }

    /** {@code lr0·d^k}. */
    static Schedule exponential(double decay) {
        return new Exponential(decay);
    }

    /** {@code lr0·½(1 + cos(πk/T))} for k < T, 0 from k = T on. */
    static Schedule cosine(int period) {
        return new Cosine(period);
    }

    /** SGDR: cosine over periods T, T·m, T·m², …, restarting at lr0 at the start of each. */
    static Schedule warmRestarts(int period, int multiplier) {
        return new WarmRestarts(period, multiplier);
    }

    /** Linear warm-up {@code lr0·k/W} for k < W, then cosine down to 0 at T (T counts the warm-up). */
    static Schedule warmupCosine(int warmup, int total) {
        return new WarmupCosine(warmup, total);
    }

    /** The constant schedule. */
    record Constant() implements Schedule {
        @Override
        public double learningRate(double lr0, int k) {
            checkIndex(k);
            return lr0;
        }
    }

    /** Step decay {@code lr0·γ^⌊k/T⌋} (PyTorch's {@code StepLR}). */
    record StepDecay(double gamma, int period) implements Schedule {
        public StepDecay {
            require("γ", gamma, Double.isFinite(gamma) && gamma > 0, "a finite number > 0");
            require("period T", period, period >= 1, "at least 1");
        }

        @Override
        public double learningRate(double lr0, int k) {
            checkIndex(k);
            return lr0 * Math.pow(gamma, k / period);
        }
    }

    /** Exponential decay {@code lr0·d^k} (PyTorch's {@code ExponentialLR}). */
    record Exponential(double decay) implements Schedule {
        public Exponential {
            require("decay d", decay, Double.isFinite(decay) && decay > 0, "a finite number > 0");
        }

        @Override
        public double learningRate(double lr0, int k) {
            checkIndex(k);
            return lr0 * Math.pow(decay, k);
        }
    }

    /** Cosine annealing to 0 over T updates, then 0. */
    record Cosine(int period) implements Schedule {
        public Cosine {
            require("period T", period, period >= 1, "at least 1");
        }

        @Override
        public double learningRate(double lr0, int k) {
            checkIndex(k);
            return k < period ? halfCosine(lr0, k, period) : 0;
        }
    }

    /** Cosine with warm restarts (SGDR): period i lasts T·m^i updates. */
    record WarmRestarts(int period, int multiplier) implements Schedule {
        public WarmRestarts {
            require("period T", period, period >= 1, "at least 1");
            require("multiplier m", multiplier, multiplier >= 1, "at least 1");
        }

        @Override
        public double learningRate(double lr0, int k) {
            checkIndex(k);
            if (multiplier == 1) {
                return halfCosine(lr0, k % period, period);
            }
            // Periods grow geometrically, so this loop runs O(log k) times.
            long start = 0;
            long length = period;
            while (k >= start + length) {
                start += length;
                length *= multiplier;
            }
            return halfCosine(lr0, k - start, length);
        }
    }

    /** Linear warm-up over W updates (the first update has rate 0), cosine to 0 at T, then 0. */
    record WarmupCosine(int warmup, int total) implements Schedule {
        public WarmupCosine {
            require("warm-up W", warmup, warmup >= 0, "at least 0");
            require("total T", total, total >= 1 && total >= warmup, "at least 1 and at least W");
        }

        @Override
        public double learningRate(double lr0, int k) {
            checkIndex(k);
            if (k < warmup) {
                return lr0 * k / warmup;
            }
            return k < total ? halfCosine(lr0, k - warmup, total - warmup) : 0;
        }
    }

    private static double halfCosine(double lr0, long k, long period) {
        return lr0 * 0.5 * (1 + Math.cos(Math.PI * k / period));
    }

    private static void checkIndex(int k) {
        if (k < 0) {
            throw new OptimException(OptimMessage.UPDATE_INDEX_NEGATIVE, k);
        }
    }

    private static void require(String name, double value, boolean ok, String requirement) {
        if (!ok) {
            throw new OptimException(OptimMessage.SCHEDULE_PARAMETER_INVALID, name, value, requirement);
        }
    }
}
