package org.gradientlab.exercises.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.OptimizerRule;
import org.gradientlab.exercises.OptimizerRuleCheck;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.Variant;

/**
 * Write the update rule: the student types one update of momentum (in a named form), AdaGrad, RMSProp, Adam or
 * AdamW as assignments, and the rules are run side by side with the engine's optimizer. Variant 0 is Adam with
 * the course material's α = 0.1, β1 = 0.9, β2 = 0.999, ε = 1e-8; other variants draw the optimizer, its
 * hyperparameters and the function.
 */
public final class ImplementOptimizerExercise implements Exercise {

    static final String ID = "implement-optimizer";
    static final String PART = "update-rule";
    static final String OPTIMIZER = "optimizer";
    static final String FORM = "momentum-form";
    static final String STEPS = "steps";
    /**
     * Equivalent ways of writing a rule differ only by rounding (a few ulps per update, hardly amplified over at
     * most 50 updates of these stable runs); every known mistake differs by 1e-4 or more in some run.
     */
    static final Tolerance TOLERANCE = new Tolerance(1e-9, 1e-12);

    private static final List<String> OPTIMIZERS = List.of("momentum", "adagrad", "rmsprop", "adam", "adamw");
    private static final List<String> FORMS = List.of("velocity", "heavy-ball", "ema");
    private static final int DEFAULT_STEPS = 10;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Write the update rule";
    }

    @Override
    public String unit() {
        return "Momentum and adaptive methods";
    }

    @Override
    public String summary() {
        return "Type one update of momentum, AdaGrad, RMSProp, Adam or AdamW and race it against the engine's.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(
                        OPTIMIZER,
                        "adam",
                        "The optimizer to write out: " + String.join(", ", OPTIMIZERS)
                                + ". Left at its default, each student gets one of them."),
                new Parameter(
                        FORM,
                        "velocity",
                        "The momentum convention when the optimizer is momentum: velocity "
                                + "(v ← βv − αg, x ← x + v), heavy-ball (v ← βv + g, x ← x − αv, PyTorch's SGD) or ema "
                                + "(v ← βv + (1−β)g, x ← x − αv)."),
                new Parameter(
                        STEPS,
                        Integer.toString(DEFAULT_STEPS),
                        "How many updates the student's rules and the engine's run side by side (1 to 50)."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(OPTIMIZER, FORM, STEPS));
        VariantRandom r = VariantRandom.of(ID, number);
        String optimizer = overrides.containsKey(OPTIMIZER)
                ? choice(OPTIMIZER, overrides.get(OPTIMIZER), OPTIMIZERS)
                : number == 0 ? "adam" : OPTIMIZERS.get(r.nextInt(OPTIMIZERS.size()));
        String form = overrides.containsKey(FORM)
                ? choice(FORM, overrides.get(FORM), FORMS)
                : number == 0 ? "velocity" : FORMS.get(r.nextInt(FORMS.size()));
        int steps = overrides.containsKey(STEPS)
                ? ParameterValues.whole(STEPS, overrides.get(STEPS), 1, 50)
                : DEFAULT_STEPS;
        OptimizerRule rule = rule(optimizer, form);
        UpdateRuleRecipe recipe = UpdateRuleRecipes.of(rule);
        OptimizerRuleCheck.Run shown = number == 0
                ? new OptimizerRuleCheck.Run(recipe.landscape(), recipe.start(), recipe.course(), steps)
                : drawn(rule, r, steps);
        List<OptimizerRuleCheck.Run> runs = List.of(
                shown,
                new OptimizerRuleCheck.Run(
                        "rosenbrock", List.of(-0.5, 0.5), recipe.probes().get(0), steps),
                new OptimizerRuleCheck.Run(
                        "bowl", List.of(-2.0, 3.0), recipe.probes().get(1), steps));
        OptimizerRuleCheck check = new OptimizerRuleCheck(rule, runs, recipe.mistakes(), TOLERANCE);
        Part part = new Part(
                PART,
                AnswerType.UPDATE_RULE,
                ImplementOptimizerTexts.prompt(recipe, shown),
                1,
                Answer.text(recipe.model()),
                check,
                recipe.canned());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(OPTIMIZER, optimizer);
        parameters.put(FORM, form);
        parameters.put(STEPS, Integer.toString(steps));
        return new Variant(
                ID,
                number,
                "Write the update rule of " + rule.displayName(),
                ImplementOptimizerTexts.explanation(recipe),
                parameters,
                List.of(part),
                ImplementOptimizerTexts.hints(recipe),
                ImplementOptimizerTexts.solution(recipe, shown));
    }

    private static String choice(String parameter, String value, List<String> allowed) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new ParameterException(ParameterProblem.of(
                    parameter, ParameterProblem.Key.UNSUITABLE, value, "choose one of " + String.join(", ", allowed)));
        }
        return v;
    }

    private static OptimizerRule rule(String optimizer, String form) {
        return switch (optimizer) {
            case "momentum" ->
                switch (form) {
                    case "heavy-ball" -> OptimizerRule.MOMENTUM_HEAVY_BALL;
                    case "ema" -> OptimizerRule.MOMENTUM_EMA;
                    default -> OptimizerRule.MOMENTUM_VELOCITY;
                };
            case "adagrad" -> OptimizerRule.ADAGRAD;
            case "rmsprop" -> OptimizerRule.RMSPROP;
            case "adamw" -> OptimizerRule.ADAMW;
            default -> OptimizerRule.ADAM;
        };
    }

    /**
     * A run on one of three quadratics (λmax ≤ 20) with hyperparameters from ranges that are stable there, so the
     * comparison is about the rule, not about a blow-up.
     */
    private static OptimizerRuleCheck.Run drawn(OptimizerRule rule, VariantRandom r, int steps) {
        String landscape = r.pick("ravine", "elliptic-bowl", "bowl");
        List<Double> start =
                switch (landscape) {
                    case "ravine" -> List.of(3.0, 2.0);
                    case "elliptic-bowl" -> List.of(10.0, 1.0);
                    default -> List.of(-2.0, 3.0);
                };
        Map<String, Double> h = new LinkedHashMap<>();
        switch (rule) {
            case MOMENTUM_VELOCITY, MOMENTUM_HEAVY_BALL, MOMENTUM_EMA -> {
                h.put("lr", r.pick(0.01, 0.02, 0.04));
                h.put("beta", r.pick(0.8, 0.85, 0.9));
            }
            case ADAGRAD -> {
                h.put("lr", r.pick(0.1, 0.3, 0.5));
                h.put("eps", 1e-10);
            }
            case RMSPROP -> {
                h.put("lr", r.pick(0.01, 0.05, 0.1));
                h.put("rho", r.pick(0.9, 0.99, 0.999));
                h.put("eps", 1e-8);
            }
            case GRADIENT_DESCENT -> h.put("lr", r.pick(0.01, 0.02, 0.04));
            case ADAM, ADAMW, ADAM_L2 -> {
                h.put("lr", r.pick(0.01, 0.05, 0.1));
                h.put("beta1", r.pick(0.8, 0.9));
                h.put("beta2", r.pick(0.99, 0.999));
                h.put("eps", 1e-8);
                if (rule != OptimizerRule.ADAM) {
                    h.put("wd", r.pick(0.01, 0.05, 0.1));
                }
            }
        }
        return new OptimizerRuleCheck.Run(landscape, start, h, steps);
    }
}
