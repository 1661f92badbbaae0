package org.gradientlab.exercises.catalogue;

import static org.gradientlab.exercises.Note.EPS_INSIDE_SQRT;
import static org.gradientlab.exercises.Note.L2_NOT_DECOUPLED;
import static org.gradientlab.exercises.Note.MISSING_BIAS_CORRECTION;
import static org.gradientlab.exercises.Note.MISSING_SQRT;
import static org.gradientlab.exercises.Note.MISSING_SQUARE;
import static org.gradientlab.exercises.Note.MOMENTUM_FORM;
import static org.gradientlab.exercises.Note.SIGN_ERROR;
import static org.gradientlab.exercises.Note.UNKNOWN_VARIABLE;
import static org.gradientlab.exercises.Note.WRONG_DECAY;
import static org.gradientlab.exercises.OptimizerRuleCheck.KnownRule.engine;
import static org.gradientlab.exercises.OptimizerRuleCheck.KnownRule.rules;
import static org.gradientlab.exercises.catalogue.UpdateRuleRecipe.values;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.OptimizerRule;
import org.gradientlab.exercises.OptimizerRuleCheck.KnownRule;

/**
 * The optimizers of the implement-optimizer exercise, each as an {@link UpdateRuleRecipe}. The course material's
 * hyperparameters: velocity momentum α = 0.04, β = 0.85 (its momentum-versus-GD run); heavy-ball α = 0.001,
 * β = 0.9 (its Rosenbrock shoot-out); EMA momentum α = 0.1, β = 0.9 (its double-well escape); RMSProp α = 0.01,
 * ρ = 0.999 and Adam α = 0.1 (its optimizer comparison); AdaGrad and AdamW, which the material leaves as exercises,
 * take PyTorch's ε and weight decay with α = 0.1.
 */
final class UpdateRuleRecipes {

    private static final String ADAM_M = "m = beta1*m + (1-beta1)*g";
    private static final String ADAM_V = "v = beta2*v + (1-beta2)*g^2";
    private static final String ADAM_HATS = "mhat = m/(1-beta1^t)\nvhat = v/(1-beta2^t)";
    private static final String ADAM_X = "x = x - lr*mhat/(sqrt(vhat) + eps)";
    private static final String ADAMW_X = "x = x - lr*(mhat/(sqrt(vhat) + eps) + wd*x)";

    private UpdateRuleRecipes() {}

    static UpdateRuleRecipe of(OptimizerRule rule) {
        return switch (rule) {
            case MOMENTUM_VELOCITY -> velocity();
            case MOMENTUM_HEAVY_BALL -> heavyBall();
            case MOMENTUM_EMA -> ema();
            case ADAGRAD -> adaGrad();
            case RMSPROP -> rmsProp();
            case ADAM -> adam();
            case ADAMW -> adamW();
            case GRADIENT_DESCENT, ADAM_L2 ->
                throw new IllegalArgumentException(rule.displayName() + " is not one of the exercise's optimizers");
        };
    }

    private static UpdateRuleRecipe velocity() {
        return new UpdateRuleRecipe(
                OptimizerRule.MOMENTUM_VELOCITY,
                "v = beta*v - lr*g\nx = x + v",
                "v &\\leftarrow \\beta v - \\alpha g \\\\ x &\\leftarrow x + v",
                values("lr", 0.04, "beta", 0.85),
                "ravine",
                List.of(3.0, 2.0),
                List.of(values("lr", 0.001, "beta", 0.7), values("lr", 0.1, "beta", 0.6)),
                List.of(
                        rules(
                                "v = beta*v + g\nx = x - lr*v",
                                MOMENTUM_FORM,
                                "heavy-ball momentum, whose v is the velocity divided by −α"),
                        rules(
                                "v = beta*v + (1-beta)*g\nx = x - lr*v",
                                MOMENTUM_FORM,
                                "EMA momentum, which averages the gradients and so steps (1 − β) times as far"),
                        rules("v = beta*v + lr*g\nx = x + v", SIGN_ERROR, "momentum that climbs the gradient"),
                        rules("v = beta*v - lr*g\nx = x - v", SIGN_ERROR, "momentum that climbs the gradient"),
                        rules(
                                "v = v - lr*g\nx = x + v",
                                WRONG_DECAY,
                                "momentum whose velocity never decays (β left out)")),
                List.of(
                        CannedAnswer.of(
                                "heavy-ball form written for the velocity form",
                                Answer.text("v = g + beta*v\nx = x - lr*v"),
                                MOMENTUM_FORM),
                        CannedAnswer.of("ascent", Answer.text("v = beta*v + lr*g\nx = v + x"), SIGN_ERROR),
                        CannedAnswer.of("plain gradient descent", Answer.text("x = x - lr*g")),
                        malformed("v = beta*v - lr*g\nx = x + (v"),
                        unknownName("v = beta*v - alpha*g\nx = x + v"),
                        notAssignment("v = beta*v - lr*g\nx + v")));
    }

    private static UpdateRuleRecipe heavyBall() {
        return new UpdateRuleRecipe(
                OptimizerRule.MOMENTUM_HEAVY_BALL,
                "v = beta*v + g\nx = x - lr*v",
                "v &\\leftarrow \\beta v + g \\\\ x &\\leftarrow x - \\alpha v",
                values("lr", 0.001, "beta", 0.9),
                "rosenbrock",
                List.of(-2.0, 2.0),
                List.of(values("lr", 0.001, "beta", 0.7), values("lr", 0.1, "beta", 0.6)),
                List.of(
                        rules(
                                "v = beta*v - lr*g\nx = x + v",
                                MOMENTUM_FORM,
                                "velocity-form momentum, whose v is −α times the heavy-ball buffer"),
                        rules(
                                "v = beta*v + (1-beta)*g\nx = x - lr*v",
                                MOMENTUM_FORM,
                                "EMA momentum, which averages the gradients and so steps (1 − β) times as far"),
                        rules("v = beta*v + g\nx = x + lr*v", SIGN_ERROR, "momentum that climbs the gradient"),
                        rules("v = beta*v - g\nx = x - lr*v", SIGN_ERROR, "momentum that climbs the gradient"),
                        rules("v = v + g\nx = x - lr*v", WRONG_DECAY, "a buffer that never decays (β left out)")),
                List.of(
                        CannedAnswer.of(
                                "EMA form written for the heavy-ball form",
                                Answer.text("v = beta*v + (1 - beta)*g\nx = x - lr*v"),
                                MOMENTUM_FORM),
                        CannedAnswer.of(
                                "velocity form written for the heavy-ball form",
                                Answer.text("v = beta*v - lr*g\nx = x + v"),
                                MOMENTUM_FORM),
                        CannedAnswer.of("no decay", Answer.text("v = v + g\nx = x - lr*v"), WRONG_DECAY),
                        malformed("v = beta*v + g\nx = x - lr*v)"),
                        unknownName("v = beta*v + grad\nx = x - lr*v"),
                        notAssignment("beta*v + g\nx = x - lr*v")));
    }

    private static UpdateRuleRecipe ema() {
        return new UpdateRuleRecipe(
                OptimizerRule.MOMENTUM_EMA,
                "v = beta*v + (1-beta)*g\nx = x - lr*v",
                "v &\\leftarrow \\beta v + (1-\\beta) g \\\\ x &\\leftarrow x - \\alpha v",
                values("lr", 0.1, "beta", 0.9),
                "double-well",
                List.of(-3.0),
                List.of(values("lr", 0.001, "beta", 0.7), values("lr", 0.1, "beta", 0.6)),
                List.of(
                        rules(
                                "v = beta*v + g\nx = x - lr*v",
                                MOMENTUM_FORM,
                                "heavy-ball momentum, which sums the gradients instead of averaging them"),
                        rules(
                                "v = beta*v - lr*g\nx = x + v",
                                MOMENTUM_FORM,
                                "velocity-form momentum, which sums the gradients instead of averaging them"),
                        rules(
                                "v = (1-beta)*v + beta*g\nx = x - lr*v",
                                WRONG_DECAY,
                                "an average with β and 1 − β swapped"),
                        rules(
                                "v = beta*v + (1-beta)*g\nx = x + lr*v",
                                SIGN_ERROR,
                                "momentum that climbs the gradient")),
                List.of(
                        CannedAnswer.of(
                                "weights swapped", Answer.text("v = beta*g + (1-beta)*v\nx = x - lr*v"), WRONG_DECAY),
                        CannedAnswer.of(
                                "heavy-ball form written for the EMA form",
                                Answer.text("v = beta*v + g\nx = x - lr*v"),
                                MOMENTUM_FORM),
                        CannedAnswer.of("ascent", Answer.text("v = beta*v + (1-beta)*g\nx = x + lr*v"), SIGN_ERROR),
                        malformed("v = beta*v + (1-beta*g\nx = x - lr*v"),
                        unknownName("v = b*v + (1-b)*g\nx = x - lr*v"),
                        notAssignment("v = beta*v + (1-beta)*g\nx - lr*v")));
    }

    private static UpdateRuleRecipe adaGrad() {
        String update = "x = x - lr*g/(sqrt(G) + eps)";
        return new UpdateRuleRecipe(
                OptimizerRule.ADAGRAD,
                "G = G + g^2\n" + update,
                "G &\\leftarrow G + g^2 \\\\ x &\\leftarrow x - \\frac{\\alpha\\, g}{\\sqrt{G} + \\varepsilon}",
                values("lr", 0.1, "eps", 1e-10),
                "ravine",
                List.of(3.0, 2.0),
                List.of(values("lr", 0.1, "eps", 0.1), values("lr", 0.5, "eps", 0.5)),
                List.of(
                        rules(
                                "G = G + g^2\nx = x - lr*g/sqrt(G + eps)",
                                EPS_INSIDE_SQRT,
                                "AdaGrad with ε under the root"),
                        rules(
                                "G = G + g\nx = x - lr*g/(sqrt(G) + eps)",
                                MISSING_SQUARE,
                                "AdaGrad summing the gradients instead of their squares"),
                        rules(
                                "G = G + g^2\nx = x - lr*g/(G + eps)",
                                MISSING_SQRT,
                                "AdaGrad dividing by G instead of √G"),
                        rules("G = G + g^2\nx = x + lr*g/(sqrt(G) + eps)", SIGN_ERROR, "AdaGrad climbing the gradient"),
                        rules(
                                "G = g^2\nx = x - lr*g/(sqrt(G) + eps)",
                                WRONG_DECAY,
                                "AdaGrad that forgets the earlier squares instead of summing them")),
                List.of(
                        CannedAnswer.of(
                                "ε under the root",
                                Answer.text("G = G + g*g\nx = x - lr*g/(G + eps)^0.5"),
                                EPS_INSIDE_SQRT),
                        CannedAnswer.of("no square", Answer.text("G = G + g\n" + update), MISSING_SQUARE),
                        CannedAnswer.of("no root", Answer.text("G = G + g^2\nx = x - lr*g/(eps + G)"), MISSING_SQRT),
                        CannedAnswer.of("plain gradient descent", Answer.text("G = G + g^2\nx = x - lr*g")),
                        malformed("G = G + g^2\nx = x - lr*g/(sqrt(G) + eps))"),
                        unknownName("G = G + g^2\nx = x - lr*g/(sqrt(G) + epsilon)"),
                        notAssignment("G + g^2\n" + update)));
    }

    private static UpdateRuleRecipe rmsProp() {
        String update = "x = x - lr*g/(sqrt(s) + eps)";
        return new UpdateRuleRecipe(
                OptimizerRule.RMSPROP,
                "s = rho*s + (1-rho)*g^2\n" + update,
                "s &\\leftarrow \\rho s + (1-\\rho) g^2 \\\\ x &\\leftarrow x - \\frac{\\alpha\\, g}{\\sqrt{s} + \\varepsilon}",
                values("lr", 0.01, "rho", 0.999, "eps", 1e-8),
                "ravine",
                List.of(3.0, 2.0),
                List.of(values("lr", 0.01, "rho", 0.8, "eps", 0.05), values("lr", 0.1, "rho", 0.6, "eps", 0.5)),
                List.of(
                        rules(
                                "s = rho*s + (1-rho)*g^2\nx = x - lr*g/sqrt(s + eps)",
                                EPS_INSIDE_SQRT,
                                "RMSProp with ε under the root"),
                        rules("s = (1-rho)*s + rho*g^2\n" + update, WRONG_DECAY, "an average with ρ and 1 − ρ swapped"),
                        rules("s = s + g^2\n" + update, WRONG_DECAY, "AdaGrad: a sum of squares that never decays"),
                        rules(
                                "s = rho*s + (1-rho)*g\n" + update,
                                MISSING_SQUARE,
                                "RMSProp averaging the gradients instead of their squares"),
                        rules(
                                "s = rho*s + (1-rho)*g^2\nx = x - lr*g/(s + eps)",
                                MISSING_SQRT,
                                "RMSProp dividing by s instead of √s"),
                        rules(
                                "s = rho*s + (1-rho)*g^2\nx = x + lr*g/(sqrt(s) + eps)",
                                SIGN_ERROR,
                                "RMSProp climbing the gradient")),
                List.of(
                        CannedAnswer.of(
                                "ε under the root",
                                Answer.text("s = rho*s + (1-rho)*g^2\nx = x - lr*g/sqrt(eps + s)"),
                                EPS_INSIDE_SQRT),
                        CannedAnswer.of(
                                "weights swapped", Answer.text("s = rho*g^2 + (1-rho)*s\n" + update), WRONG_DECAY),
                        CannedAnswer.of("no square", Answer.text("s = rho*s + (1-rho)*g\n" + update), MISSING_SQUARE),
                        malformed("s = rho*s + (1-rho)*g^2\nx = x - lr*g/(sqrt(s) + eps"),
                        unknownName("s = beta*s + (1-beta)*g^2\n" + update),
                        notAssignment("s = rho*s + (1-rho)*g^2\nx -= lr*g/(sqrt(s) + eps)")));
    }

    private static UpdateRuleRecipe adam() {
        String model = String.join("\n", ADAM_M, ADAM_V, ADAM_HATS, ADAM_X);
        List<KnownRule> mistakes = new ArrayList<>(adamFamilyMistakes(ADAM_X));
        return new UpdateRuleRecipe(
                OptimizerRule.ADAM,
                model,
                adamLatex("x &\\leftarrow x - \\frac{\\alpha\\,\\hat m}{\\sqrt{\\hat v} + \\varepsilon}"),
                values("lr", 0.1, "beta1", 0.9, "beta2", 0.999, "eps", 1e-8),
                "ravine",
                List.of(3.0, 2.0),
                List.of(
                        values("lr", 0.01, "beta1", 0.8, "beta2", 0.95, "eps", 0.05),
                        values("lr", 0.1, "beta1", 0.6, "beta2", 0.7, "eps", 0.5)),
                mistakes,
                adamFamilyCanned(ADAM_X, "x = x - lr*mhat/(sqrt(vhat) + eps"));
    }

    private static UpdateRuleRecipe adamW() {
        String model = String.join("\n", ADAM_M, ADAM_V, ADAM_HATS, ADAMW_X);
        List<KnownRule> mistakes = new ArrayList<>();
        mistakes.add(engine(
                OptimizerRule.ADAM_L2,
                L2_NOT_DECOUPLED,
                "Adam with L2 decay: λx is added to the gradient, so the adaptive scaling shrinks the decay of "
                        + "weights with large gradients"));
        mistakes.addAll(adamFamilyMistakes(ADAMW_X));
        List<CannedAnswer> canned = new ArrayList<>();
        canned.add(CannedAnswer.of(
                "L2 decay in the gradient",
                Answer.text(String.join("\n", "g = g + wd*x", ADAM_M, ADAM_V, ADAM_HATS, ADAM_X)),
                L2_NOT_DECOUPLED));
        canned.addAll(adamFamilyCanned(ADAMW_X, "x = x - lr*(mhat/(sqrt(vhat) + eps) + wd*x"));
        return new UpdateRuleRecipe(
                OptimizerRule.ADAMW,
                model,
                adamLatex(
                        "x &\\leftarrow x - \\alpha\\left(\\frac{\\hat m}{\\sqrt{\\hat v} + \\varepsilon} + \\lambda x\\right)"),
                values("lr", 0.1, "beta1", 0.9, "beta2", 0.999, "eps", 1e-8, "wd", 0.01),
                "ravine",
                List.of(3.0, 2.0),
                List.of(
                        values("lr", 0.01, "beta1", 0.8, "beta2", 0.95, "eps", 0.05, "wd", 0.1),
                        values("lr", 0.1, "beta1", 0.6, "beta2", 0.7, "eps", 0.5, "wd", 0.5)),
                mistakes,
                canned);
    }

    private static String adamLatex(String update) {
        return "m &\\leftarrow \\beta_1 m + (1-\\beta_1) g \\\\ v &\\leftarrow \\beta_2 v + (1-\\beta_2) g^2 \\\\ "
                + "\\hat m &\\leftarrow \\frac{m}{1-\\beta_1^t} \\\\ \\hat v &\\leftarrow \\frac{v}{1-\\beta_2^t} \\\\ "
                + update;
    }

    /** The mistakes Adam and AdamW share; {@code update} is the right last line. */
    private static List<KnownRule> adamFamilyMistakes(String update) {
        String moments = ADAM_M + "\n" + ADAM_V + "\n";
        String noHats = update.replace("mhat", "m").replace("vhat", "v");
        return List.of(
                rules(
                        moments + noHats,
                        MISSING_BIAS_CORRECTION,
                        "Adam without the bias correction: m and v start at 0, so the first steps are far too short"),
                rules(
                        moments + ADAM_HATS + "\n" + update.replace("sqrt(vhat) + eps", "sqrt(vhat + eps)"),
                        EPS_INSIDE_SQRT,
                        "Adam with ε under the square root"),
                rules(
                        moments + ADAM_HATS + "\n" + update.replace("sqrt(vhat)", "vhat"),
                        MISSING_SQRT,
                        "Adam dividing by v̂ instead of √v̂"),
                rules(
                        moments + ADAM_HATS + "\n" + update.replace("x - lr", "x + lr"),
                        SIGN_ERROR,
                        "Adam climbing the gradient"),
                rules(
                        "m = (1-beta1)*m + beta1*g\n" + ADAM_V + "\n" + ADAM_HATS + "\n" + update,
                        WRONG_DECAY,
                        "a first moment with β1 and 1 − β1 swapped"),
                rules(
                        ADAM_M + "\nv = (1-beta2)*v + beta2*g^2\n" + ADAM_HATS + "\n" + update,
                        WRONG_DECAY,
                        "a second moment with β2 and 1 − β2 swapped"),
                rules(
                        "m = beta1*m + g\nv = beta2*v + g^2\n" + ADAM_HATS + "\n" + update,
                        WRONG_DECAY,
                        "moments that add the new gradient without the weight 1 − β"),
                rules(
                        ADAM_M + "\nv = beta2*v + (1-beta2)*g\n" + ADAM_HATS + "\n" + update,
                        MISSING_SQUARE,
                        "a second moment of g instead of g²"));
    }

    private static List<CannedAnswer> adamFamilyCanned(String update, String unclosed) {
        String moments = ADAM_M + "\n" + ADAM_V + "\n";
        return List.of(
                CannedAnswer.of(
                        "no bias correction",
                        Answer.text(moments + "mhat = m\nvhat = v\n" + update),
                        MISSING_BIAS_CORRECTION),
                CannedAnswer.of(
                        "ε under the root",
                        Answer.text(
                                moments + ADAM_HATS + "\n" + update.replace("sqrt(vhat) + eps", "(vhat + eps)^(1/2)")),
                        EPS_INSIDE_SQRT),
                CannedAnswer.of(
                        "β1 and 1 − β1 swapped",
                        Answer.text("m = beta1*g + (1-beta1)*m\n" + ADAM_V + "\n" + ADAM_HATS + "\n" + update),
                        WRONG_DECAY),
                CannedAnswer.of("plain gradient descent", Answer.text("x = x - lr*g")),
                malformed(moments + ADAM_HATS + "\n" + unclosed),
                unknownName(moments + "mhat = m/(1-b1^t)\nvhat = v/(1-beta2^t)\n" + update),
                notAssignment(moments + ADAM_HATS + "\n" + update.replace("x = ", "")));
    }

    private static CannedAnswer malformed(String rules) {
        return CannedAnswer.invalid("unbalanced parentheses", Answer.text(rules));
    }

    private static CannedAnswer unknownName(String rules) {
        return CannedAnswer.invalid("a name the template does not have", Answer.text(rules), UNKNOWN_VARIABLE);
    }

    private static CannedAnswer notAssignment(String rules) {
        return CannedAnswer.invalid("a line that is not an assignment", Answer.text(rules));
    }
}
