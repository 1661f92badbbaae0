package org.gradientlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The time of every single call of {@link ParseCompileBenchmark#read} (each {@link ParserInput}) and of
 * {@link GradeChainRuleBenchmark#grade} (each answer), after a warm-up, as wall-clock time and as the thread's CPU
 * time: p50, p99 and the maximum of each. It complements the JMH sample-time runs on a shared machine, where a
 * wall-clock maximum mostly measures how long the thread waited for a core; the CPU-time maximum is the cost of the
 * call itself. It calls the benchmarks' own methods after their own setup, so it times exactly what they time.
 *
 * <p>Arguments (optional): {@code calls=2000 gradings=20000} (measured calls per parser input and per answer; the
 * warm-up is as many again). Run: {@code ./mvnw -Pbench test-compile exec:exec@per-call -Dbench.args="calls=2000"}.
 */
public final class PerCallTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PerCallTimes() {}

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String a : args) {
            String[] kv = a.split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        int calls = Integer.parseInt(options.getOrDefault("calls", "2000"));
        int gradings = Integer.parseInt(options.getOrDefault("gradings", "20000"));
        System.out.printf(Locale.ROOT, "Per-call times after a warm-up of as many calls, Java %s%n", Runtime.version());
        System.out.printf(
                Locale.ROOT,
                "%-50s %8s | %10s %10s %10s | %10s %10s %10s%n",
                "call",
                "calls",
                "CPU p50",
                "CPU p99",
                "CPU max",
                "wall p50",
                "wall p99",
                "wall max");

        ParseCompileBenchmark reading = new ParseCompileBenchmark();
        for (ParserInput input : ParserInput.values()) {
            ParseCompileBenchmark.Adversarial state = new ParseCompileBenchmark.Adversarial();
            state.input = input;
            state.setUp();
            measure("read " + input, calls, () -> reading.read(state));
        }
        for (GradeChainRuleBenchmark.ChainRuleAnswer answer : GradeChainRuleBenchmark.ChainRuleAnswer.values()) {
            GradeChainRuleBenchmark grading = new GradeChainRuleBenchmark();
            grading.answer = answer;
            grading.setUp();
            measure("grade chain-rule " + answer, gradings, grading::grade);
        }
    }

    private static void measure(String name, int calls, Supplier<Object> call) {
        Object sink = null;
        for (int i = 0; i < calls; i++) {
            sink = call.get();
        }
        Histogram cpu = new Histogram();
        Histogram wall = new Histogram();
        for (int i = 0; i < calls; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink = call.get();
            wall.add(System.nanoTime() - start);
            cpu.add(THREADS.getCurrentThreadCpuTime() - cpuStart);
        }
        System.out.printf(
                Locale.ROOT,
                "%-50s %8d | %10s %10s %10s | %10s %10s %10s%s%n",
                name,
                calls,
                micros(cpu.quantile(0.5)),
                micros(cpu.quantile(0.99)),
                micros(cpu.max()),
                micros(wall.quantile(0.5)),
                micros(wall.quantile(0.99)),
                micros(wall.max()),
                sink == null ? " (no result)" : "");
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }
}
