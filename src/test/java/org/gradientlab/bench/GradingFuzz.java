package org.gradientlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.ChoiceCheck;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.ExpressionCheck;
import org.gradientlab.exercises.MatrixCheck;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.NumberSetCheck;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.VectorCheck;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.grading.Feedback;
import org.gradientlab.grading.Grader;
import org.gradientlab.grading.GradingSeed;
import org.gradientlab.grading.MessageKey;
import org.gradientlab.grading.PartFeedback;

/**
 * The long grading fuzz run: grades many fuzzed answers ({@link AnswerFuzzer}) for every part of every catalogue
 * exercise and reports exceptions (there must be none: neither thrown out of the {@link Grader} nor caught inside it
 * and turned into {@code grading-failed}), the counts, the time per answer (p50, p99, p99.9, max; wall-clock and the
 * thread's CPU time, which leaves out waiting for a core) and the answers that took the most CPU time, each re-graded
 * five times to tell a slow input from a pause of the machine. Parts whose grading runs an
 * optimizer (settings and steps parts) get their own, smaller budget. Exits with status 1 on any exception.
 *
 * <p>Arguments (all optional): {@code answers=1000000 engine=10000 variants=20 seed=20261123 warmup=20000} (warm-up
 * answers are graded first and not counted, so the JIT's first compilations do not pose as slow answers). Run:
 * {@code ./mvnw -Pbench test-compile exec:exec@fuzz -Dbench.args="answers=1000000 engine=10000"}.
 */
public final class GradingFuzz {

    private static final int SLOWEST_KEPT = 5;
    private static final int REGRADES = 5;
    private static final int SHOWN_FAULTS = 10;
    /** Thread CPU time excludes the time the thread waits for a core, which dominates wall-clock maxima on a busy machine. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One graded answer, kept when it is among the slowest or it failed. */
    private record Case(
            Variant variant,
            String partId,
            Map<String, Answer> answers,
            Map<String, Object> json,
            GradingSeed seed,
            long nanos,
            long cpuNanos) {

        Feedback grade(Grader grader) {
            return json != null ? grader.checkJson(variant, json, seed) : grader.check(variant, answers, seed);
        }

        String describe() {
            Object answer = json != null ? json.get(partId) : answers.get(partId);
            return variant.exerciseId() + " #" + variant.number() + " part " + partId
                    + (json != null ? " (JSON) " : " ") + Printable.of(answer);
        }
    }

    /** The tally of one group of parts. */
    private static final class Tally {
        final String name;
        final Histogram times = new Histogram();
        final Histogram cpuTimes = new Histogram();
        final List<Case> slowest = new ArrayList<>();
        final List<String> faults = new ArrayList<>();
        long count;
        long thrown;
        long gradingFailed;
        final Map<String, Long> verdicts = new LinkedHashMap<>();

        Tally(String name) {
            this.name = name;
        }

        void keepIfSlow(Case c) {
            if (slowest.size() < SLOWEST_KEPT
                    || c.cpuNanos() > slowest.getLast().cpuNanos()) {
                slowest.add(c);
                slowest.sort((a, b) -> Long.compare(b.cpuNanos(), a.cpuNanos()));
                if (slowest.size() > SLOWEST_KEPT) {
                    slowest.removeLast();
                }
            }
        }

        void fault(String what) {
            if (faults.size() < SHOWN_FAULTS) {
                faults.add(what);
            }
        }
    }

    private final Grader grader = new Grader();
    private final AnswerFuzzer fuzzer;
    private final JsonFuzzer json;
    private final SplittableRandom random;
    private final int variantCount;
    private final Map<Exercise, Variant[]> variants = new HashMap<>();

    private GradingFuzz(long seed, int variantCount) {
        this.random = new SplittableRandom(seed);
        this.fuzzer = new AnswerFuzzer(random.split());
        this.json = new JsonFuzzer(random.split(), fuzzer);
        this.variantCount = variantCount;
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        long answers = Long.parseLong(options.getOrDefault("answers", "1000000"));
        long engineAnswers = Long.parseLong(options.getOrDefault("engine", "10000"));
        int variantCount = Integer.parseInt(options.getOrDefault("variants", "20"));
        long warmup = Long.parseLong(options.getOrDefault("warmup", "20000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261123"));
        System.out.printf(
                Locale.ROOT,
                "Grading fuzz: %d answers to expression/number/vector/matrix/choice/set parts, "
                        + "%d to engine-running parts, variants 0-%d, seed %d, after %d warm-up answers, Java %s%n",
                answers,
                engineAnswers,
                variantCount - 1,
                seed,
                warmup,
                Runtime.version());

        GradingFuzz fuzz = new GradingFuzz(seed, variantCount);
        List<String[]> cheap = new ArrayList<>();
        List<String[]> engine = new ArrayList<>();
        for (Exercise e : Catalogue.standard().all()) {
            for (Part p : e.variant(0).parts()) {
                (runsEngine(p) ? engine : cheap).add(new String[] {e.id(), p.id()});
            }
        }
        if (warmup > 0) {
            fuzz.run("warm-up (not counted)", cheap, warmup, false);
            fuzz.run("warm-up (not counted)", engine, Math.max(1, warmup / 100), true);
        }
        Tally cheapTally = fuzz.run("expression/number/vector/matrix/choice/set", cheap, answers, false);
        Tally engineTally = fuzz.run("engine-running (settings, steps)", engine, engineAnswers, true);
        boolean clean = true;
        for (Tally t : List.of(cheapTally, engineTally)) {
            clean &= fuzz.report(t);
        }
        System.out.println(clean ? "No exceptions." : "EXCEPTIONS FOUND (see above).");
        if (!clean) {
            System.exit(1);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("arguments are name=value: " + a);
            }
            options.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return options;
    }

    /** Whether grading this part runs an optimizer; a check type added later counts as running one, to be safe. */
    private static boolean runsEngine(Part p) {
        return !(p.check() instanceof ExpressionCheck
                || p.check() instanceof NumberCheck
                || p.check() instanceof VectorCheck
                || p.check() instanceof MatrixCheck
                || p.check() instanceof ChoiceCheck
                || p.check() instanceof NumberSetCheck);
    }

    private Tally run(String name, List<String[]> parts, long total, boolean engineGroup) {
        Tally tally = new Tally(name);
        if (parts.isEmpty()) {
            return tally;
        }
        long started = System.nanoTime();
        long report = Math.max(1, total / 10);
        for (long i = 0; i < total; i++) {
            String[] target = parts.get((int) (i % parts.size()));
            Exercise exercise = Catalogue.standard().byId(target[0]).orElseThrow();
            Variant variant = variant(exercise, random.nextInt(variantCount));
            Part part = variant.part(target[1]).orElseThrow();
            // The other parts get their model answers, so the fuzzed part's verdict is not masked by a missing
            // part; in the cheap group only cheap parts, so it never runs an optimizer.
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (Part other : variant.parts()) {
                if (engineGroup || !runsEngine(other)) {
                    answers.put(other.id(), other.modelAnswer());
                }
            }
            answers.put(part.id(), fuzzer.answer(part));
            Map<String, Object> decoded = null;
            if (random.nextInt(20) == 0) {
                decoded = new HashMap<>();
                for (Map.Entry<String, Answer> a : answers.entrySet()) {
                    decoded.put(a.getKey(), json.json(a.getValue()));
                }
            }
            GradingSeed seed = new GradingSeed(exercise.id(), variant.number(), "fuzz-" + (i % 97), (int) (i % 5));
            grade(tally, new Case(variant, part.id(), answers, decoded, seed, 0, 0));
            if ((i + 1) % report == 0) {
                System.out.printf(
                        Locale.ROOT, "  %s: %,d graded, %.1f s%n", name, i + 1, (System.nanoTime() - started) / 1e9);
            }
        }
        return tally;
    }

    private void grade(Tally tally, Case c) {
        tally.count++;
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Feedback feedback;
        try {
            feedback = c.grade(grader);
        } catch (Throwable t) {
            tally.thrown++;
            tally.fault(
                    t + " at " + (t.getStackTrace().length > 0 ? t.getStackTrace()[0] : "?") + " on " + c.describe());
            return;
        }
        long nanos = System.nanoTime() - start;
        long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
        tally.times.add(nanos);
        tally.cpuTimes.add(cpuNanos);
        tally.keepIfSlow(new Case(c.variant(), c.partId(), c.answers(), c.json(), c.seed(), nanos, cpuNanos));
        PartFeedback part = feedback.parts().get(c.partId());
        tally.verdicts.merge(part.verdict().apiName(), 1L, Long::sum);
        if (part.messages().stream().anyMatch(m -> m.key() == MessageKey.GRADING_FAILED)) {
            tally.gradingFailed++;
            tally.fault("grading-failed on " + c.describe());
        }
    }

    private Variant variant(Exercise e, int number) {
        Variant[] cache = variants.computeIfAbsent(e, k -> new Variant[variantCount]);
        if (cache[number] == null) {
            cache[number] = e.variant(number);
        }
        return cache[number];
    }

    /** Prints the tally; returns whether it is free of exceptions. */
    private boolean report(Tally t) {
        System.out.printf(
                Locale.ROOT,
                "%n%s: %,d answers, %d exceptions thrown, %d grading-failed, verdicts %s%n",
                t.name,
                t.count,
                t.thrown,
                t.gradingFailed,
                t.verdicts);
        if (t.times.count() > 0) {
            printTimes("wall-clock", t.times);
            printTimes("thread CPU", t.cpuTimes);
        }
        for (String f : t.faults) {
            System.out.println("  FAULT " + f);
        }
        if (!t.slowest.isEmpty()) {
            System.out.println("  slowest answers by CPU time (CPU / wall-clock of the first grading; then " + REGRADES
                    + " re-gradings of the same answer):");
        }
        for (Case c : t.slowest) {
            long bestCpu = Long.MAX_VALUE;
            long worstCpu = 0;
            long bestWall = Long.MAX_VALUE;
            for (int k = 0; k < REGRADES; k++) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                c.grade(grader);
                bestWall = Math.min(bestWall, System.nanoTime() - start);
                long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
                bestCpu = Math.min(bestCpu, cpu);
                worstCpu = Math.max(worstCpu, cpu);
            }
            System.out.printf(
                    Locale.ROOT,
                    "    %s / %s (re-graded: CPU %s – %s, best wall-clock %s)  %s%n",
                    micros(c.cpuNanos()),
                    micros(c.nanos()),
                    micros(bestCpu),
                    micros(worstCpu),
                    micros(bestWall),
                    c.describe());
        }
        return t.thrown == 0 && t.gradingFailed == 0;
    }

    private static void printTimes(String clock, Histogram h) {
        System.out.printf(
                Locale.ROOT,
                "  %s time per answer: mean %.1f µs, p50 %s, p99 %s, p99.9 %s, max %s%n",
                clock,
                h.mean() / 1e3,
                micros(h.quantile(0.5)),
                micros(h.quantile(0.99)),
                micros(h.quantile(0.999)),
                micros(h.max()));
    }

    private static String micros(long nanos) {
        return nanos >= 10_000_000
                ? String.format(Locale.ROOT, "%.1f ms", nanos / 1e6)
                : String.format(Locale.ROOT, "%.0f µs", nanos / 1e3);
    }
}
