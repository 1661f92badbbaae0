package org.gradientlab.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's live heap: a full garbage collection ({@code jcmd <pid> GC.run}), then the heap in use after it
 * ({@code jcmd <pid> GC.heap_info}, the "used" figure of the whole heap). Uses the {@code jcmd} beside the driver's
 * own {@code java}, so the server must run on a JDK of the same kind.
 */
final class HeapProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final long pid;
    private final Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");

    HeapProbe(long pid) {
        this.pid = pid;
    }

    /** Kibibytes in use after a full collection. */
    long usedAfterGcKiB() throws IOException, InterruptedException {
        run("GC.run");
        Matcher used = USED.matcher(run("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no heap use");
        }
        return Long.parseLong(used.group(1));
    }

    private String run(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }
}
