package org.gradientlab.exercises.catalogue;

import java.util.Arrays;
import java.util.List;

/** The prompts, explanation, hints and worked solution of the neural-net exercise. */
record NeuralNetTexts(NeuralNetFacts facts, double beta1, double beta2, double goal, int budget) {

    private String architecture() {
        return String.join(
                " → ", Arrays.stream(facts.layers()).mapToObj(Integer::toString).toList());
    }

    String explanation() {
        return """
                The network maps four inputs (income, savings, debt, missed payments) through hidden ReLU layers to \
                one sigmoid output $p = \\sigma(z)$, read as the probability that a loan is approved; here the \
                layers are %s. It is trained on the mean binary cross-entropy \
                $L = -\\frac1n \\sum_i \\big(y_i \\ln p_i + (1-y_i)\\ln(1-p_i)\\big)$ in mini-batches of %d, with %d \
                of the %d samples for training and the rest for validation. The labels follow a rule of the inputs, \
                so there is something to learn.

                **Adam** keeps, for every weight, an average $m$ of its gradients and an average $v$ of their \
                squares, both starting at 0:

                $$m \\leftarrow \\beta_1 m + (1-\\beta_1) g, \\quad v \\leftarrow \\beta_2 v + (1-\\beta_2) g^2, \\quad \
                \\hat m = \\frac{m}{1-\\beta_1^t}, \\quad \\hat v = \\frac{v}{1-\\beta_2^t}, \\quad \
                w \\leftarrow w - \\frac{\\alpha\\, \\hat m}{\\sqrt{\\hat v} + \\varepsilon}.$$

                Because $m$ and $v$ start at 0 they are too small early on; dividing by $1-\\beta^t$ — the **bias \
                correction** — undoes that, and matters most at $t = 1$. Here $\\beta_1 = %s$ and $\\beta_2 = %s$.
                """.formatted(
                        architecture(),
                        NeuralNetFacts.BATCH,
                        NeuralNetFacts.TRAIN,
                        NeuralNetFacts.SAMPLES,
                        Figures.of(beta1),
                        Figures.of(beta2));
    }

    String trainingPrompt() {
        return "Choose Adam's learning rate `lr` and the number of `epochs` (at most " + budget
                + "). The engine trains "
                + "the network from its initial weights with your settings; after the last epoch its validation "
                + "accuracy must be at least " + Figures.of(goal) + ".";
    }

    String correctionPrompt() {
        return "At $t = 1$, by what factor does the bias correction multiply $m$, that is, what is $\\hat m / m$? "
                + "(Three significant figures.)";
    }

    String momentsPrompt() {
        return "The engine took one Adam step on the whole training set from the initial weights ($t = 1$). For the "
                + "parameter `" + facts.parameterName() + "` the gradient was $g = "
                + Figures.latex(facts.inspected()[0])
                + "$. Give $m$, $v$ and $\\hat m$ after this step (three significant figures).";
    }

    String coinPrompt() {
        return "The course material trains the same kind of network on labels drawn by a fair coin, independent of "
                + "the inputs. What validation accuracy does training reach?";
    }

    List<String> hints() {
        return List.of(
                "A learning rate of 1e-4 moves the weights very little in " + budget + " epochs; try values "
                        + "between 0.001 and 0.1.",
                "At $t = 1$, $m = (1-\\beta_1) g$ and $1 - \\beta_1^1 = 1 - \\beta_1$.",
                "A label that is independent of the inputs is right half of the time whatever the network predicts.");
    }

    String solution() {
        double[] q = facts.inspected();
        return """
                With $\\alpha = %s$ and %d epochs the network reaches a validation accuracy of %s; at the course \
                material's $\\alpha = 10^{-4}$ it reaches only %s in as many epochs.

                At $t = 1$: $\\hat m / m = 1/(1-\\beta_1) = %s$ and $\\hat v / v = 1/(1-\\beta_2) = %s$. For \
                `%s` with $g = %s$: $m = (1-\\beta_1) g = %s$, $v = (1-\\beta_2) g^2 = %s$ and $\\hat m = g = %s$; \
                the first step is $\\alpha\\,\\hat m/(\\sqrt{\\hat v} + \\varepsilon) \\approx \\alpha$ in size, \
                whatever the size of $g$.

                On coin-flip labels the engine's run ends at a validation accuracy of %s: there is nothing to learn, \
                and the loss stays near $\\ln 2 \\approx 0.693$.
                """.formatted(
                        Figures.of(facts.modelRate()),
                        budget,
                        Figures.of(facts.modelAccuracy(), 3),
                        Figures.of(facts.courseAccuracy(), 3),
                        Figures.latex(facts.first().firstMomentCorrection(), 4),
                        Figures.latex(facts.first().secondMomentCorrection(), 4),
                        facts.parameterName(),
                        Figures.latex(q[0], 4),
                        Figures.latex(q[1], 4),
                        Figures.latex(q[2], 4),
                        Figures.latex(q[3], 4),
                        Figures.of(facts.coinAccuracy(), 3));
    }
}
