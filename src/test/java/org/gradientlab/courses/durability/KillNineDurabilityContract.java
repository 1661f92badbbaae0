package org.gradientlab.courses.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DESIGN §7, "nothing a student submitted is ever lost": the application runs as its own process with the demo data
 * (unlimited attempts, so that the load never runs out), client threads submit attempts over HTTP, the process is
 * killed with SIGKILL while requests are in flight, restarted on the same database, and every attempt the server
 * acknowledged (HTTP 200 with an {@code attemptId}) must be stored with its student and verdict. The H2 file and
 * the PostgreSQL variants differ only in where the database is.
 */
abstract class KillNineDurabilityContract {

    /** The seed of the load's right/wrong choices and of the moment of the kill. */
    static final long SEED = 20_261_123L;

    /** Acknowledged attempts before the kill: enough that the kill lands in steady load, not in the first requests. */
    static final int ACKNOWLEDGED_BEFORE_KILL = 150;

    /** The demo assignment and its course: the first rows of a fresh database. */
    static final long DEMO_ASSIGNMENT = 1;

    static final long DEMO_COURSE = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Which database, for the report. */
    abstract String label();

    /** Empties the database, so that the application creates the demo data on its first start. */
    abstract void prepareEmptyDatabase(Path workDir) throws Exception;

    abstract Map<String, String> environment();

    abstract List<String> databaseArguments() throws Exception;

    /** A connection to the database, with the application stopped (the H2 file admits one process at a time). */
    abstract Connection connect(Path workDir) throws SQLException;

    @Test
    void every_acknowledged_attempt_survives_a_kill_nine_and_a_restart(@TempDir Path workDir) throws Exception {
        try {
            run(workDir);
        } finally {
            // The two runs' logs, for a look after a failure.
            Path reports = Files.createDirectories(Path.of("target", "durability"));
            for (String run : List.of("first", "second")) {
                Path log = workDir.resolve(run + ".log");
                if (Files.exists(log)) {
                    Files.copy(log, reports.resolve(label() + "-" + run + ".log"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private void run(Path workDir) throws Exception {
        prepareEmptyDatabase(workDir);
        List<String> arguments = new ArrayList<>(databaseArguments());
        arguments.addAll(List.of(
                "--gradientlab.demo.enabled=true",
                "--gradientlab.demo.max-attempts=0",
                // One client address sends everything: lift the per-address rate limit for the load.
                "--gradientlab.api.rate-limit.requests-per-minute=1000000",
                "--gradientlab.api.rate-limit.burst=100000"));

        AppProcess first = AppProcess.start(workDir, "first", environment(), arguments);
        AttemptLoad load;
        int exitStatus;
        try {
            first.awaitHealthy(Duration.ofMinutes(3));
            load = AttemptLoad.start(first, DEMO_ASSIGNMENT, 2, SEED);
            load.awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL, Duration.ofMinutes(3));
            Thread.sleep(new SplittableRandom(SEED).nextInt(500));
            load.killing();
            exitStatus = first.killNine();
            load.join();
        } finally {
            if (first.alive()) {
                first.killNine();
            }
        }
        List<AttemptLoad.Ack> acks = List.copyOf(load.acknowledged);

        // Ended by the signal, not by an exit of its own, while requests were in flight.
        assertThat(exitStatus).as("exit status after SIGKILL").isEqualTo(AppProcess.KILLED);
        assertThat(load.cutByKill.get()).as("requests in flight at the kill").isPositive();
        assertThat(acks)
                .extracting(AttemptLoad.Ack::verdict)
                .contains("correct", "incorrect")
                .allSatisfy(v -> assertThat(v).isIn("correct", "incorrect"));

        long restartStarted = System.nanoTime();
        AppProcess second = AppProcess.start(workDir, "second", environment(), arguments);
        Map<String, Integer> gradebookAttempts;
        try {
            second.awaitHealthy(Duration.ofMinutes(3));
            gradebookAttempts = gradebookAttempts(second);
        } finally {
            second.stop();
        }
        double restartSeconds = (System.nanoTime() - restartStarted) / 1e9;

        Map<Long, AttemptLoad.Ack> stored = new HashMap<>();
        try (Connection c = connect(workDir);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select a.id, u.username, a.verdict from attempt a "
                        + "join app_user u on u.id = a.student_id where a.assignment_id = " + DEMO_ASSIGNMENT
                        + " and a.exercise_id = '" + AttemptLoad.EXERCISE + "'")) {
            while (rows.next()) {
                stored.put(rows.getLong(1), new AttemptLoad.Ack(rows.getLong(1), rows.getString(2), rows.getString(3)));
            }
        }

        List<AttemptLoad.Ack> lost =
                acks.stream().filter(a -> !a.equals(stored.get(a.attemptId()))).toList();
        String report = String.format(
                "%s: %d attempts acknowledged (%d correct, %d incorrect) by 6 client threads; SIGKILL (exit status %d)"
                        + " with %d requests in flight; after the restart (healthy after %.1f s) %d attempts stored, "
                        + "%d acknowledged ones missing; %d stored without an acknowledgement (committed, answer cut "
                        + "by the kill); %d refused while loaded.",
                label(),
                acks.size(),
                acks.stream().filter(a -> a.verdict().equals("correct")).count(),
                acks.stream().filter(a -> a.verdict().equals("incorrect")).count(),
                exitStatus,
                load.cutByKill.get(),
                restartSeconds,
                stored.size(),
                lost.size(),
                stored.size() - (acks.size() - lost.size()),
                load.refused.get());
        Path reports = Path.of("target", "durability");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve(label() + ".txt"), report + System.lineSeparator(), StandardCharsets.UTF_8);
        System.out.println(report);

        assertThat(lost).as(report).isEmpty();
        // Each request cut by the kill stored at most one attempt; nothing else appears.
        assertThat(stored.size() - acks.size()).as(report).isBetween(0, load.cutByKill.get());
        // The restarted application serves the same attempts: its gradebook counts them per student.
        Map<String, Integer> perStudent = new TreeMap<>();
        stored.values().forEach(a -> perStudent.merge(a.student(), 1, Integer::sum));
        assertThat(gradebookAttempts).isEqualTo(perStudent);
    }

    /** The demo course's gradebook as the restarted server gives it: each student's graded chain-rule attempts. */
    private static Map<String, Integer> gradebookAttempts(AppProcess app) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic "
                + Base64.getEncoder().encodeToString("instructor:demo-instructor-pw".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(app.uri("/api/v1/courses/" + DEMO_COURSE + "/gradebook"))
                        .header("Authorization", auth)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode book = JSON.readTree(response.body());
        int column = -1;
        for (int i = 0; i < book.get("columns").size(); i++) {
            JsonNode c = book.get("columns").get(i);
            if (c.get("assignmentId").asLong() == DEMO_ASSIGNMENT
                    && c.get("exerciseId").asString().equals(AttemptLoad.EXERCISE)) {
                column = i;
            }
        }
        assertThat(column).as("the chain-rule column of the demo assignment").isNotNegative();
        Map<String, Integer> out = new TreeMap<>();
        for (JsonNode row : book.get("rows")) {
            int attempts = row.get("cells").get(column).get("attempts").asInt();
            if (attempts > 0) {
                out.put(row.get("username").asString(), attempts);
            }
        }
        return out;
    }
}
