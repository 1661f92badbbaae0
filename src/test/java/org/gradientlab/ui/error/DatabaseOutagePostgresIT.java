package org.gradientlab.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradientlab.courses.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The acceptance "with PostgreSQL stopped, pages show a clear 'temporarily unavailable' message (no stack trace) and
 * the app recovers by itself when the database returns". The application reaches PostgreSQL through a
 * {@link TcpProxy}; cutting it breaks the pooled connections and refuses new ones, as a stopped server does (a
 * test cannot stop the shared server itself: that needs root and would disturb other tests). While it is cut the
 * API answers 503 in its error shape and signing in answers the unavailable page; once restored, both work again
 * in the same application, without a restart.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gradientlab.demo.enabled=true")
@Import(PostgresTestDatabase.CleanSchema.class)
class DatabaseOutagePostgresIT {

    private static final Pattern SERVER = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/(.+)");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final int RECOVERY_SECONDS = 30;
    private static TcpProxy proxy;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void postgresThroughTheProxy(DynamicPropertyRegistry registry) throws IOException {
        PostgresTestDatabase.register(registry);
        Matcher m = SERVER.matcher(PostgresTestDatabase.URL);
        assertThat(m.matches()).as(PostgresTestDatabase.URL).isTrue();
        proxy = new TcpProxy(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
        String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + m.group(3);
        registry.add("spring.datasource.url", () -> url);
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void while_the_database_is_away_the_site_says_unavailable_and_it_recovers_without_a_restart() throws Exception {
        assertThat(gradebook().statusCode()).isEqualTo(200);

        proxy.cut();
        try {
            long started = System.nanoTime();
            HttpResponse<String> api = gradebook();
            double seconds = (System.nanoTime() - started) / 1e9;

            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body())
                    .isEqualTo("{\"error\":{\"message\":\"The database is temporarily unavailable; try again in a "
                            + "moment.\"}}");
            assertThat(api.headers().firstValue("Retry-After")).contains("5");
            // Fails fast: the pool's connection timeout is 3 s; allow for a loaded machine.
            assertThat(seconds).isLessThan(15);

            HttpResponse<String> signIn = signIn("student1", "demo-student-pw");
            assertThat(signIn.statusCode()).isEqualTo(503);
            assertThat(signIn.body())
                    .contains("<h1>Temporarily unavailable</h1>")
                    .contains("Please try again in a moment.")
                    .containsPattern("Incident number [0-9a-f]{8}\\.")
                    .doesNotContain("Exception")
                    .doesNotContain("at org.");
        } finally {
            proxy.restore();
        }

        // The pool notices by itself that the server is back (it keeps trying to open connections, backing off
        // between tries); no restart and no operator action. Within seconds, not at once: poll for it.
        long deadline = System.nanoTime() + Duration.ofSeconds(RECOVERY_SECONDS).toNanos();
        HttpResponse<String> recovered = gradebook();
        while (recovered.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            recovered = gradebook();
        }
        assertThat(recovered.statusCode()).as(recovered.body()).isEqualTo(200);
        assertThat(recovered.body()).contains("\"rows\"").contains("student1");
        HttpResponse<String> signedIn = signIn("student1", "demo-student-pw");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    /** The demo course's gradebook as its instructor (HTTP Basic: the sign-in itself reads the database). */
    private HttpResponse<String> gradebook() throws IOException, InterruptedException {
        String auth = "Basic "
                + Base64.getEncoder().encodeToString("instructor:demo-instructor-pw".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri("/api/v1/courses/1/gradebook"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", auth)
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The sign-in form as a browser sends it: the login page for the session and CSRF token, then the POST. */
    private HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the login page's CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
