package org.gradientlab.engine.optim;

/**
 * An immutable snapshot of an optimizer after its t-th update, for display. Every snapshot has the
 * update count t, the learning rate α_k the update used (k = t − 1), the gradient it used and the
 * step actually taken, Δx = x_t − x_{t−1}. The method-specific records add their own state. Arrays are
 * copied in and out, so a snapshot never changes.
 */
public sealed interface OptimizerState {

    /** The number of updates applied so far (1 after the first update). */
    int t();

    /** The learning rate α_k used by the last update, after the schedule. */
    double learningRate();

    /** The gradient the last update used (after clipping, at the look-ahead point for Nesterov). */
    double[] gradient();

    /** The step actually taken by the last update: x_t − x_{t−1}. */
    double[] update();

    /** Plain gradient descent, {@code x ← x − α g}: no state beyond the step. */
    record GradientDescent(int t, double learningRate, double[] gradient, double[] update) implements OptimizerState {
        public GradientDescent {
            gradient = gradient.clone();
            update = update.clone();
        }

        @Override
        public double[] gradient() {
            return gradient.clone();
        }

        @Override
        public double[] update() {
            return update.clone();
        }
    }

    /** Momentum in the named form; {@code velocity} is v exactly as that form defines it. */
    record Momentum(
            MomentumForm form,
            int t,
            double learningRate,
            double beta,
            double[] velocity,
            double[] gradient,
            double[] update)
            implements OptimizerState {
        public Momentum {
            velocity = velocity.clone();
            gradient = gradient.clone();
            update = update.clone();
        }

        @Override
        public double[] velocity() {
            return velocity.clone();
        }

        @Override
        public double[] gradient() {
            return gradient.clone();
        }

        @Override
        public double[] update() {
            return update.clone();
        }
    }

    /**
     * Nesterov momentum in the named form. For {@link NesterovForm#LOOKAHEAD} {@code velocity} is v of
     * {@code v ← βv − α∇f(x + βv)}; for {@link NesterovForm#PYTORCH} it is PyTorch's momentum buffer b.
     * {@code gradientPoint} is where the last gradient was taken (x + βv, or PyTorch's parameter).
     */
    record Nesterov(
            NesterovForm form,
            int t,
            double learningRate,
            double beta,
            double[] velocity,
            double[] gradientPoint,
            double[] gradient,
            double[] update)
            implements OptimizerState {
        public Nesterov {
            velocity = velocity.clone();
            gradientPoint = gradientPoint.clone();
            gradient = gradient.clone();
            update = update.clone();
        }

        @Override
        public double[] velocity() {
            return velocity.clone();
        }

        @Override
        public double[] gradientPoint() {
            return gradientPoint.clone();
        }

        @Override
        public double[] gradient() {
            return gradient.clone();
        }

        @Override
        public double[] update() {
            return update.clone();
        }
    }

    /** AdaGrad; {@code sumOfSquares} is G, the running sum of squared gradients. */
    record AdaGrad(int t, double learningRate, double[] sumOfSquares, double[] gradient, double[] update)
            implements OptimizerState {
        public AdaGrad {
            sumOfSquares = sumOfSquares.clone();
            gradient = gradient.clone();
            update = update.clone();
        }

        @Override
        public double[] sumOfSquares() {
            return sumOfSquares.clone();
        }

        @Override
        public double[] gradient() {
            return gradient.clone();
        }

        @Override
        public double[] update() {
            return update.clone();
        }
    }

    /** RMSProp; {@code meanSquare} is s, the exponential average of squared gradients. */
    record RmsProp(int t, double learningRate, double[] meanSquare, double[] gradient, double[] update)
            implements OptimizerState {
        public RmsProp {
            meanSquare = meanSquare.clone();
            gradient = gradient.clone();
            update = update.clone();
        }

        @Override
        public double[] meanSquare() {
            return meanSquare.clone();
        }

        @Override
        public double[] gradient() {
            return gradient.clone();
        }

        @Override
        public double[] update() {
            return update.clone();
        }
    }

    /**
     * The Adam family. m and v are the raw moment averages; m̂ = m/(1−β1^t) and v̂ = v/(1−β2^t) are the
     * bias-corrected ones (for AMSGrad v̂ is built from {@code vMax}, the running maximum of v, which is
     * empty for the other variants). {@code gradient} is the gradient fed into the moments (for Adam + L2
     * it includes λx).
     */
    record Adam(
            AdamVariant variant,
            int t,
            double learningRate,
            double beta1,
            double beta2,
            double[] m,
            double[] v,
            double[] vMax,
            double[] mHat,
            double[] vHat,
            double[] gradient,
            double[] update)
            implements OptimizerState {
        public Adam {
            m = m.clone();
            v = v.clone();
            vMax = vMax.clone();
            mHat = mHat.clone();
            vHat = vHat.clone();
            gradient = gradient.clone();
            update = update.clone();
        }

        /** The bias-correction factor of the first moment, m̂/m = 1/(1 − β1^t). */
        public double firstMomentCorrection() {
            return 1 / (1 - Math.pow(beta1, t));
        }

        /** The bias-correction factor of the second moment, v̂/v = 1/(1 − β2^t). */
        public double secondMomentCorrection() {
            return 1 / (1 - Math.pow(beta2, t));
        }

        @Override
        public double[] m() {
            return m.clone();
        }

        @Override
        public double[] v() {
            return v.clone();
        }

        @Override
        public double[] vMax() {
            return vMax.clone();
        }

        @Override
        public double[] mHat() {
            return mHat.clone();
        }

        @Override
        public double[] vHat() {
            return vHat.clone();
        }

        @Override
        public double[] gradient() {
            return gradient.clone();
        }

        @Override
        public double[] update() {
            return update.clone();
        }
    }

    /** Newton's method; {@code hessian} is the matrix the last update solved with. */
    record Newton(int t, double learningRate, double[][] hessian, double[] gradient, double[] update)
            implements OptimizerState {
        public Newton {
            hessian = copy(hessian);
            gradient = gradient.clone();
            update = update.clone();
        }

        @Override
        public double[][] hessian() {
            return copy(hessian);
        }

        @Override
        public double[] gradient() {
            return gradient.clone();
        }

        @Override
        public double[] update() {
            return update.clone();
        }

        private static double[][] copy(double[][] rows) {
            double[][] out = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                out[i] = rows[i].clone();
            }
            return out;
        }
    }

    /**
     * L-BFGS; {@code direction} is the quasi-Newton direction d = −H_k ∇f, {@code stepLength} the factor
     * the backtracking accepted (update = stepLength·d), {@code pairs} how many curvature pairs are stored.
     */
    record Lbfgs(
            int t,
            double learningRate,
            int pairs,
            double stepLength,
            double[] direction,
            double[] gradient,
            double[] update)
            implements OptimizerState {
        public Lbfgs {
            direction = direction.clone();
            gradient = gradient.clone();
            update = update.clone();
        }

        @Override
        public double[] direction() {
            return direction.clone();
        }

        @Override
        public double[] gradient() {
            return gradient.clone();
        }

        @Override
        public double[] update() {
            return update.clone();
        }
    }
}
