package org.gradientlab.ui.playground;

import org.gradientlab.charts.Colour;
import org.gradientlab.engine.optim.AdamVariant;
import org.gradientlab.engine.optim.MomentumForm;
import org.gradientlab.engine.optim.NesterovForm;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.Optimizers;

/**
 * One optimizer in the race: its method, learning rate α, every hyperparameter any method has (a method uses
 * only its own, see {@link Method#has}), gradient clipping by norm ({@code clipNorm} 0 for none), the schedule and
 * the colour of its path. Defaults follow {@code torch.optim} as the engine's {@link OptimizerSpec} does.
 */
record Racer(
        Method method,
        double learningRate,
        double beta,
        MomentumForm momentumForm,
        NesterovForm nesterovForm,
        double beta1,
        double beta2,
        double epsilon,
        double rho,
        double weightDecay,
        int memory,
        double clipNorm,
        ScheduleSettings schedule,
        Colour colour) {

    static final double DEFAULT_BETA = 0.9;
    static final double DEFAULT_BETA1 = 0.9;
    static final double DEFAULT_BETA2 = 0.999;
    static final double DEFAULT_RHO = 0.99;
    static final double DEFAULT_WEIGHT_DECAY = 0.01;
    static final int DEFAULT_MEMORY = 10;
    /** The largest learning rate or clipping norm accepted. */
    static final double MAX_RATE = 1e3;

    /** A racer of this method with its suggested α and default hyperparameters, constant schedule, no clipping. */
    static Racer of(Method method, Colour colour) {
        return new Racer(
                method,
                method.suggestedRate(),
                DEFAULT_BETA,
                MomentumForm.VELOCITY,
                NesterovForm.PYTORCH,
                DEFAULT_BETA1,
                DEFAULT_BETA2,
                defaultEpsilon(method),
                DEFAULT_RHO,
                DEFAULT_WEIGHT_DECAY,
                DEFAULT_MEMORY,
                0,
                ScheduleSettings.CONSTANT,
                colour);
    }

    /** {@code torch.optim}'s ε: 1e-10 for AdaGrad, 1e-8 for RMSProp and the Adam family. */
    static double defaultEpsilon(Method method) {
        return method == Method.ADAGRAD ? 1e-10 : 1e-8;
    }

    Racer withLearningRate(double lr) {
        return new Racer(
                method,
                lr,
                beta,
                momentumForm,
                nesterovForm,
                beta1,
                beta2,
                epsilon,
                rho,
                weightDecay,
                memory,
                clipNorm,
                schedule,
                colour);
    }

    Racer withMomentum(double newBeta, MomentumForm form) {
        return new Racer(
                method,
                learningRate,
                newBeta,
                form,
                nesterovForm,
                beta1,
                beta2,
                epsilon,
                rho,
                weightDecay,
                memory,
                clipNorm,
                schedule,
                colour);
    }

    Racer withNesterov(double newBeta, NesterovForm form) {
        return new Racer(
                method,
                learningRate,
                newBeta,
                momentumForm,
                form,
                beta1,
                beta2,
                epsilon,
                rho,
                weightDecay,
                memory,
                clipNorm,
                schedule,
                colour);
    }

    Racer withAdam(double newBeta1, double newBeta2, double newEpsilon, double newWeightDecay) {
        return new Racer(
                method,
                learningRate,
                beta,
                momentumForm,
                nesterovForm,
                newBeta1,
                newBeta2,
                newEpsilon,
                rho,
                newWeightDecay,
                memory,
                clipNorm,
                schedule,
                colour);
    }

    Racer withRmsProp(double newRho, double newEpsilon) {
        return new Racer(
                method,
                learningRate,
                beta,
                momentumForm,
                nesterovForm,
                beta1,
                beta2,
                newEpsilon,
                newRho,
                weightDecay,
                memory,
                clipNorm,
                schedule,
                colour);
    }

    Racer withMemory(int newMemory) {
        return new Racer(
                method,
                learningRate,
                beta,
                momentumForm,
                nesterovForm,
                beta1,
                beta2,
                epsilon,
                rho,
                weightDecay,
                newMemory,
                clipNorm,
                schedule,
                colour);
    }

    Racer withClipNorm(double norm) {
        return new Racer(
                method,
                learningRate,
                beta,
                momentumForm,
                nesterovForm,
                beta1,
                beta2,
                epsilon,
                rho,
                weightDecay,
                memory,
                norm,
                schedule,
                colour);
    }

    Racer withSchedule(ScheduleSettings newSchedule) {
        return new Racer(
                method,
                learningRate,
                beta,
                momentumForm,
                nesterovForm,
                beta1,
                beta2,
                epsilon,
                rho,
                weightDecay,
                memory,
                clipNorm,
                newSchedule,
                colour);
    }

    Racer withColour(Colour newColour) {
        return new Racer(
                method,
                learningRate,
                beta,
                momentumForm,
                nesterovForm,
                beta1,
                beta2,
                epsilon,
                rho,
                weightDecay,
                memory,
                clipNorm,
                schedule,
                newColour);
    }

    /**
     * This racer as another method: settings both methods have are kept, except that a learning rate or ε still at
     * the old method's default moves to the new one's (Newton's natural step is 1, AdaGrad's ε is 1e-10).
     */
    Racer switchedTo(Method newMethod) {
        double lr = learningRate == method.suggestedRate() ? newMethod.suggestedRate() : learningRate;
        double eps = method.has(Hyperparameter.EPSILON) && epsilon != defaultEpsilon(method)
                ? epsilon
                : defaultEpsilon(newMethod);
        return new Racer(
                newMethod,
                lr,
                beta,
                momentumForm,
                nesterovForm,
                beta1,
                beta2,
                eps,
                rho,
                weightDecay,
                memory,
                clipNorm,
                schedule,
                colour);
    }

    /** Whether the gradient is clipped. */
    boolean clipped() {
        return clipNorm > 0;
    }

    /** The same racer with the settings its method does not use at their defaults: what a link keeps. */
    Racer canonical() {
        Racer d = of(method, colour);
        return new Racer(
                method,
                learningRate,
                method.has(Hyperparameter.BETA) ? beta : d.beta,
                method.has(Hyperparameter.MOMENTUM_FORM) ? momentumForm : d.momentumForm,
                method.has(Hyperparameter.NESTEROV_FORM) ? nesterovForm : d.nesterovForm,
                method.has(Hyperparameter.BETA1) ? beta1 : d.beta1,
                method.has(Hyperparameter.BETA2) ? beta2 : d.beta2,
                method.has(Hyperparameter.EPSILON) ? epsilon : d.epsilon,
                method.has(Hyperparameter.RHO) ? rho : d.rho,
                method.has(Hyperparameter.WEIGHT_DECAY) ? weightDecay : d.weightDecay,
                method.has(Hyperparameter.MEMORY) ? memory : d.memory,
                clipped() ? clipNorm : 0,
                schedule.canonical(),
                colour);
    }

    /** The engine's hyperparameters for this racer. */
    OptimizerSpec spec() {
        return switch (method) {
            case GD -> new OptimizerSpec.GradientDescent(learningRate);
            case MOMENTUM -> new OptimizerSpec.Momentum(learningRate, beta, momentumForm);
            case NESTEROV -> new OptimizerSpec.Nesterov(learningRate, beta, nesterovForm);
            case ADAGRAD -> new OptimizerSpec.AdaGrad(learningRate, epsilon);
            case RMSPROP -> new OptimizerSpec.RmsProp(learningRate, rho, epsilon);
            case ADAM -> new OptimizerSpec.Adam(learningRate, beta1, beta2, epsilon, AdamVariant.ADAM, 0);
            case AMSGRAD -> new OptimizerSpec.Adam(learningRate, beta1, beta2, epsilon, AdamVariant.AMSGRAD, 0);
            case ADAMW -> new OptimizerSpec.Adam(learningRate, beta1, beta2, epsilon, AdamVariant.ADAMW, weightDecay);
            case ADAM_L2 ->
                new OptimizerSpec.Adam(learningRate, beta1, beta2, epsilon, AdamVariant.ADAM_L2, weightDecay);
            case NEWTON -> new OptimizerSpec.Newton(learningRate);
            case LBFGS -> new OptimizerSpec.Lbfgs(learningRate, memory);
        };
    }

    /**
     * A fresh optimizer for a run: the spec with the schedule, wrapped in clipping when asked.
     *
     * @throws org.gradientlab.engine.optim.OptimException when a setting is out of range
     */
    Optimizer optimizer() {
        Optimizer optimizer = spec().create(schedule.toSchedule());
        return clipped() ? Optimizers.clipByNorm(optimizer, clipNorm) : optimizer;
    }
}
