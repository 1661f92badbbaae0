package org.gradientlab.courses.durability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gradientlab.GradientLabApplication;

/**
 * The application as a separate JVM: the test JVM's own java and class path, started in a working directory of
 * its own (so that the default {@code ./data} database is fresh), its output in a log file there.
 */
final class AppProcess {

    /** The exit status of a process ended by SIGKILL: 128 + 9. */
    static final int KILLED = 128 + 9;

    private final Process process;
    private final Path log;
    final int port;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static AppProcess start(Path workDir, String name, Map<String, String> environment, List<String> arguments)
            throws IOException {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                GradientLabApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(arguments);
        Path log = workDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new AppProcess(builder.start(), log, port);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Waits until {@code /actuator/health} says UP; fails with the log's tail if the process dies or is slow. */
    void awaitHealthy(Duration limit) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The application exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(uri("/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The application was not healthy within " + limit + ":\n" + tail());
    }

    /** SIGKILL (what {@link Process#destroyForcibly()} sends on Linux); returns the exit status. */
    int killNine() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("The application did not end after SIGKILL");
        }
        return process.exitValue();
    }

    /** SIGTERM, and a wait for the graceful shutdown; SIGKILL if that takes too long. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            killNine();
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
