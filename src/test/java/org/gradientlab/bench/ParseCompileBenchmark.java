package org.gradientlab.bench;

import java.util.concurrent.TimeUnit;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.expr.Variables;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading what a student typed: parse + compile of typical expressions (average time), and the parser's worst
 * case on adversarial inputs at the length and depth limits ({@link ParserInput}), sampled so the report shows the
 * maximum (p1.00) of every input. {@code read} is what the site does before an answer is shown as "interpreted
 * as": parse, and for an accepted input also compile it and print its LaTeX.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Djmh.args="ParseCompileBenchmark"}.
 */
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ParseCompileBenchmark {

    /** A typical expression, with the variables it is read with. */
    @State(Scope.Thread)
    public static class Typical {

        @Param({"(1-x)^2 + 100(y-x^2)^2", "sin(x^2) * exp(-x y) + log(1 + x^2)"})
        public String text;

        final Variables variables = Variables.of("x", "y");
    }

    /** One adversarial input. */
    @State(Scope.Thread)
    public static class Adversarial {

        @Param
        public ParserInput input;

        String text;

        @Setup(Level.Trial)
        public void setUp() {
            text = input.text();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Expression parseTypical(Typical typical) {
        return Expression.parse(typical.text, typical.variables);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CompiledFunction parseAndCompileTypical(Typical typical) {
        Expression e = Expression.parse(typical.text, typical.variables);
        return CompiledFunction.compile(e.tree(), e.variables().names());
    }

    /** Parse; for an accepted input also compile and print the preview. Sampled: the report's p1.00 is the max. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object read(Adversarial adversarial) {
        return switch (Expression.tryParse(adversarial.text, ParserInput.variables())) {
            case ParseResult.Success s ->
                CompiledFunction.compile(s.tree(), ParserInput.variables().names())
                                .instructionCount()
                        + s.expression().toLatex().length();
            case ParseResult.Failure f -> f;
        };
    }
}
