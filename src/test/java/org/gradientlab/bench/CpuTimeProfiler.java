package org.gradientlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports CPU time per operation next to JMH's wall-clock score: {@code ·cpu/op} is the CPU
 * time of the benchmark's worker threads divided by the operations measured, {@code ·process-cpu/op} the same for
 * the whole JVM (adds garbage collection and the JIT compiler), and {@code ·cpu-share} the worker threads' CPU time
 * over the iteration's wall-clock time, i.e. how much of a core the benchmark actually got. On a machine shared with
 * other builds the wall-clock score includes the time spent waiting for a core; the CPU time does not. Use:
 * {@code -prof org.gradientlab.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private static final String WORKER_MARK = "jmh-worker";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    private long workerCpuStart;
    private long processCpuStart;
    private long wallStart;

    @Override
    public String getDescription() {
        return "CPU time per operation of the benchmark threads and of the whole JVM, and the share of a core they got";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        workerCpuStart = workerCpu();
        processCpuStart = processCpu();
        wallStart = System.nanoTime();
    }

    @Override
    public List<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long wall = System.nanoTime() - wallStart;
        long worker = workerCpu() - workerCpuStart;
        long process = processCpu() - processCpuStart;
        long ops = Math.max(1, result.getMetadata().getMeasuredOps());
        TimeUnit unit = benchmarkParams.getTimeUnit();
        double nanosPerUnit = unit.toNanos(1);
        String perOp = shortName(unit) + "/op";
        return List.of(
                new ScalarResult("·cpu/op", worker / nanosPerUnit / ops, perOp, AggregationPolicy.AVG),
                new ScalarResult("·process-cpu/op", process / nanosPerUnit / ops, perOp, AggregationPolicy.AVG),
                new ScalarResult("·cpu-share", (double) worker / wall, "cores", AggregationPolicy.AVG));
    }

    /** CPU time of the live JMH worker threads; a worker lives for the whole trial, so differences are exact. */
    private long workerCpu() {
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(WORKER_MARK)) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private long processCpu() {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static String shortName(TimeUnit unit) {
        return switch (unit) {
            case NANOSECONDS -> "ns";
            case MICROSECONDS -> "us";
            case MILLISECONDS -> "ms";
            case SECONDS -> "s";
            default -> unit.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
