package org.gradientlab.engine.autodiff;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gradientlab.engine.expr.Expr;
import org.gradientlab.engine.expr.Expr.Binary;
import org.gradientlab.engine.expr.Expr.BinaryOp;
import org.gradientlab.engine.expr.Expr.Num;
import org.gradientlab.engine.expr.Expr.Var;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one value-and-gradient evaluation of the compiled Rosenbrock function (1-x)² + 100(y-x²)², the
 * inner loop of every optimizer run. Run: {@code ./mvnw -Pbench test-compile exec:exec -Djmh.args="CompiledFunctionBenchmark"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompiledFunctionBenchmark {

    private final CompiledFunction rosenbrock = CompiledFunction.compile(rosenbrockExpr(), List.of("x", "y"));
    private final double[] x = {-1.2, 1.0};
    private final double[] gradient = new double[2];

    static Expr rosenbrockExpr() {
        Var x = new Var("x");
        Var y = new Var("y");
        Expr first = new Binary(BinaryOp.POW, new Binary(BinaryOp.SUB, new Num(1), x), new Num(2));
        Expr inner = new Binary(BinaryOp.SUB, y, new Binary(BinaryOp.POW, x, new Num(2)));
        Expr second = new Binary(BinaryOp.MUL, new Num(100), new Binary(BinaryOp.POW, inner, new Num(2)));
        return new Binary(BinaryOp.ADD, first, second);
    }

    @Benchmark
    public double valueAndGradient() {
        return rosenbrock.valueAndGradient(x, gradient) + gradient[0];
    }

    @Benchmark
    public double value() {
        return rosenbrock.value(x);
    }

    @Benchmark
    public double handWritten() {
        double a = 1.0 - x[0];
        double b = x[1] - x[0] * x[0];
        gradient[0] = -2.0 * a - 400.0 * x[0] * b;
        gradient[1] = 200.0 * b;
        return a * a + 100.0 * b * b + gradient[0];
    }
}
