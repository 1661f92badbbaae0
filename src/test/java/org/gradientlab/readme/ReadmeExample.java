package org.gradientlab.readme;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.autodiff.Node;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.engine.optim.Optimizers;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.StopRule;

/** The engine example shown in README.md; {@code ReadmeExampleTest} checks the README shows what it prints. */
public final class ReadmeExample {

    private ReadmeExample() {}

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        // micrograd-style: build e = log(ab + a²), then backpropagate
        Node a = Node.variable("a", 2);
        Node b = Node.variable("b", 3);
        Node e = a.mul(b).add(a.mul(a)).log();
        e.backward();
        out.printf("e = %.4f   de/da = %.4f   de/db = %.4f%n", e.value(), a.grad(), b.grad());

        // what a student types, read back, differentiated and compiled
        Expression f = Expression.parse("(1-x)^2 + 100(y-x^2)^2", Variables.of("x", "y"));
        out.println("interpreted as  " + f.toLatex());
        out.println("df/dx = " + f.derivative("x").toText());

        // Adam (as torch.optim.Adam, lr 0.01) from (-0.5, 0.5) until f < 0.01
        CompiledFunction rosenbrock = CompiledFunction.compile(f.tree(), List.of("x", "y"));
        RunResult run = Runner.run(
                Optimizers.adam(0.01),
                rosenbrock,
                new double[] {-0.5, 0.5},
                StopRule.steps(5000).whenBelow(0.01));
        double[] end = run.finalPoint();
        out.printf(
                "Adam: %s after %d steps at (%.4f, %.4f), f = %.5f%n",
                run.reason().apiName(), run.step(), end[0], end[1], run.finalLoss());
        out.println("path starts " + Arrays.toString(run.trajectory().point(1)));
    }
}
