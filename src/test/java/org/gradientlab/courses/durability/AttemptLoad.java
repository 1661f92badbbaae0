package org.gradientlab.courses.durability;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Client threads that submit chain-rule attempts to the demo assignment over HTTP, as the demo students (two
 * threads per student, so that a student's submissions also race each other), each answer right or wrong at random
 * (seeded). An attempt counts as acknowledged only when the server answered 200 with its {@code attemptId}.
 */
final class AttemptLoad {

    static final String EXERCISE = "chain-rule";
    static final List<String> STUDENTS = List.of("student1", "student2", "student3");
    static final String PASSWORD = "demo-student-pw";

    /** An acknowledged attempt: what the server said it stored. */
    record Ack(long attemptId, String student, String verdict) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AppProcess app;
    private final long assignmentId;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Thread> threads = new ArrayList<>();
    final ConcurrentLinkedQueue<Ack> acknowledged = new ConcurrentLinkedQueue<>();
    /** Requests sent before the kill that got no answer: in flight when the process died. */
    final AtomicInteger cutByKill = new AtomicInteger();
    /** Answers other than 200 (a refusal after losing the race for an attempt number too often). */
    final AtomicInteger refused = new AtomicInteger();

    private final AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);

    private AttemptLoad(AppProcess app, long assignmentId) {
        this.app = app;
        this.assignmentId = assignmentId;
    }

    static AttemptLoad start(AppProcess app, long assignmentId, int threadsPerStudent, long seed) {
        AttemptLoad load = new AttemptLoad(app, assignmentId);
        SplittableRandom seeds = new SplittableRandom(seed);
        for (String student : STUDENTS) {
            for (int i = 0; i < threadsPerStudent; i++) {
                SplittableRandom random = seeds.split();
                Thread t = Thread.ofPlatform().name("load-" + student + "-" + i).start(() -> load.run(student, random));
                load.threads.add(t);
            }
        }
        return load;
    }

    /** Waits until this many attempts are acknowledged. */
    void awaitAcknowledged(int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (acknowledged.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Only " + acknowledged.size() + " attempts acknowledged within " + limit
                        + "; refused " + refused.get() + ". Log:\n" + app.tail());
            }
            Thread.sleep(20);
        }
    }

    /** Marks the moment of the kill: a request sent before it that fails was cut by it. */
    void killing() {
        killedAt.set(System.nanoTime());
    }

    void join() throws InterruptedException {
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(60));
        }
    }

    private void run(String student, SplittableRandom random) {
        String auth = "Basic "
                + Base64.getEncoder().encodeToString((student + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        Variant variant = null;
        while (true) {
            // Until the first answer names the student's variant: an answer that is wrong for every variant.
            Map<String, Object> answers = variant == null
                    ? Map.of("derivative", "0")
                    : random.nextBoolean() ? right(variant) : wrong(variant);
            Map<String, Object> body = Map.of("assignmentId", Long.toString(assignmentId), "answers", answers);
            long sentAt = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(
                        HttpRequest.newBuilder(app.uri("/api/v1/exercises/" + EXERCISE + "/check"))
                                .timeout(Duration.ofSeconds(60))
                                .header("Authorization", auth)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (sentAt < killedAt.get()) {
                    cutByKill.incrementAndGet();
                }
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (response.statusCode() != 200) {
                refused.incrementAndGet();
                continue;
            }
            JsonNode answer = JSON.readTree(response.body());
            acknowledged.add(new Ack(
                    answer.get("attemptId").asLong(),
                    student,
                    answer.get("verdict").asString()));
            if (variant == null) {
                variant = Catalogue.standard()
                        .byId(EXERCISE)
                        .orElseThrow()
                        .variant(answer.get("variant").asInt());
            }
        }
    }

    static Map<String, Object> right(Variant v) {
        return json(v.modelAnswers());
    }

    /** The first canned wrong (not invalid) answer of the variant's first part: graded, and not right. */
    static Map<String, Object> wrong(Variant v) {
        CannedAnswer canned = v.parts().getFirst().canned().stream()
                .filter(c -> !c.invalid())
                .findFirst()
                .orElseThrow();
        Map<String, Answer> answers = new LinkedHashMap<>(v.modelAnswers());
        answers.put(v.parts().getFirst().id(), canned.answer());
        return json(answers);
    }

    private static Map<String, Object> json(Map<String, Answer> answers) {
        Map<String, Object> out = new LinkedHashMap<>();
        answers.forEach((id, a) -> out.put(
                id,
                switch (a) {
                    case Answer.Text t -> t.text();
                    case Answer.Entries e -> e.entries();
                    case Answer.Grid g -> g.rows();
                    case Answer.Settings s -> s.values();
                }));
        return out;
    }
}
