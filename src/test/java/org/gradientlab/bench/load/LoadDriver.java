package org.gradientlab.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load benchmark: {@code --students} simulated students ({@link SimulatedStudent}) against a running server,
 * their sign-ins spread evenly over {@code --ramp} seconds, each active until {@code --ramp} + {@code --hold}
 * seconds. The server's heap after a full collection is read before the first student ({@code baseline}) and once
 * all have signed in and opened a page ({@code --settle} seconds after the ramp), so that heap per session =
 * (with N − baseline) / N. Prints a Markdown table of the latencies per action and writes it to {@code --out}.
 *
 * <pre>
 * java -cp target/test-classes:&lt;test classpath&gt; org.gradientlab.bench.load.LoadDriver \
 *     --base-url http://localhost:8094/ --server-pid 12345 --students 200 --ramp 60 --hold 120 --out results.md
 * </pre>
 *
 * <p>The students are {@code load-0001} … (from {@code --first}), which the server creates when started with
 * {@code --gradientlab.demo.load-students=<count>}; they share the demo students' password.
 */
public final class LoadDriver {

    private LoadDriver() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI base = URI.create(options.getOrDefault("base-url", "http://localhost:8094/"));
        int students = Integer.parseInt(options.getOrDefault("students", "50"));
        int first = Integer.parseInt(options.getOrDefault("first", "1"));
        int rampS = Integer.parseInt(options.getOrDefault("ramp", "60"));
        int holdS = Integer.parseInt(options.getOrDefault("hold", "120"));
        int settleS = Integer.parseInt(options.getOrDefault("settle", "20"));
        int minPause = Integer.parseInt(options.getOrDefault("pause-min-ms", "5000"));
        int maxPause = Integer.parseInt(options.getOrDefault("pause-max-ms", "10000"));
        String password = options.getOrDefault("password", "demo-student-pw");
        HeapProbe heap = new HeapProbe(Long.parseLong(required(options, "server-pid")));
        Path out = Path.of(options.getOrDefault("out", "load-results.md"));

        log("baseline heap (after a full collection)");
        long baselineKiB = heap.usedAfterGcKiB();
        Timings timings = new Timings();
        long start = System.nanoTime();
        long end = start + (rampS + holdS) * 1_000_000_000L;
        List<Future<Void>> running = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < students; i++) {
                long startAt = start + (long) (i * (rampS * 1e9 / students));
                running.add(threads.submit(new SimulatedStudent(
                        base,
                        "load-%04d".formatted(first + i),
                        password,
                        startAt,
                        end,
                        minPause,
                        maxPause,
                        timings,
                        1000L + i)));
            }
            long settleAt = start + (rampS + settleS) * 1_000_000_000L;
            Thread.sleep(Math.max(0, (settleAt - System.nanoTime()) / 1_000_000));
            int signedIn = timings.signedInCount();
            log(signedIn + " of " + students + " signed in; heap with all sessions open (after a full collection)");
            long loadedKiB = heap.usedAfterGcKiB();
            List<String> failures = new ArrayList<>();
            for (Future<Void> student : running) {
                try {
                    student.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(String.valueOf(e.getCause()));
                }
            }
            String report =
                    report(students, rampS, holdS, minPause, maxPause, timings, baselineKiB, loadedKiB, signedIn);
            report += failures.isEmpty()
                    ? "\nEvery simulated student ran to the end.\n"
                    : "\n" + failures.size() + " simulated students stopped early; first: " + failures.getFirst()
                            + "\n";
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.print(report);
        }
    }

    private static String report(
            int students,
            int rampS,
            int holdS,
            int minPause,
            int maxPause,
            Timings timings,
            long baselineKiB,
            long loadedKiB,
            int signedIn) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "N = %d students, sign-ins over %d s, then %d s more; a pause of %.0f–%.0f s before every action%n%n",
                students,
                rampS,
                holdS,
                minPause / 1000.0,
                maxPause / 1000.0));
        text.append("| action | n | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        timings.summary()
                .forEach((name, s) -> text.append(String.format(
                        Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", name, (int) s[0], s[1], s[2], s[3])));
        double perSessionKiB = signedIn == 0 ? Double.NaN : (loadedKiB - baselineKiB) / (double) signedIn;
        text.append(String.format(
                Locale.ROOT,
                "%nHeap after a full collection: %.1f MiB before the run, %.1f MiB with %d sessions open → %.0f KiB"
                        + " (%.2f MiB) per session%n",
                baselineKiB / 1024.0,
                loadedKiB / 1024.0,
                signedIn,
                perSessionKiB,
                perSessionKiB / 1024.0));
        Map<String, Integer> errors = timings.errors();
        if (errors.isEmpty()) {
            text.append("\nErrors: none\n");
        } else {
            text.append("\nErrors:\n");
            errors.forEach((what, count) ->
                    text.append("- ").append(count).append(" × ").append(what).append('\n'));
        }
        return text.toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static void log(String message) throws IOException {
        System.err.println("[load-bench] " + message);
    }
}
