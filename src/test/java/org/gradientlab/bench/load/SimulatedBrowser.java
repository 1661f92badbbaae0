package org.gradientlab.bench.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One student's browser as the server sees it: a cookie jar (the HTTP session), and for the page open at the
 * moment the Vaadin UI's id, its CSRF token, the message counters ({@code syncId} from the server, {@code
 * clientId} from the client) and the state tree. It sends exactly what Vaadin's own client sends for the actions
 * it supports (captured from Chromium talking to this site): a property sync plus the DOM event that carries it,
 * a click, and the unload beacon when the page is left.
 *
 * <p>What it does not do: run JavaScript, keep the push connection open, answer the server's requests for
 * browser details, or send heartbeats. A UI that is left without the unload beacon therefore lives until the
 * session expires, as it would for a browser that crashed.
 */
final class SimulatedBrowser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INITIAL = "window.Vaadin.TypeScript= ";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final HttpClient http;
    private int uiId = -1;
    private String csrf;
    private int syncId;
    private int clientId;
    private UiTree tree = new UiTree();

    SimulatedBrowser(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
    }

    /**
     * Signs in through the login page: loads it (a Vaadin UI, as a browser would), then posts the form with the
     * CSRF token Vaadin puts in the page. The page's UI is closed with the unload beacon, as a browser leaving it
     * does.
     */
    void signIn(String username, String password) throws IOException, InterruptedException {
        String page = open("login");
        Matcher csrfMeta = CSRF_META.matcher(page);
        if (!csrfMeta.find()) {
            throw new IllegalStateException("the login page carries no CSRF token");
        }
        leave();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrfMeta.group(1));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve("login"))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "sign-in of " + username + " failed: HTTP " + response.statusCode() + " → " + location);
        }
    }

    /** Loads a page (server-rendered with its initial UI state, Vaadin's eager load) and reads its UI. */
    String open(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(TIMEOUT)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered HTTP " + response.statusCode());
        }
        String page = response.body();
        int at = page.indexOf(INITIAL);
        if (at < 0) {
            throw new IllegalStateException("GET " + path + " holds no initial UI state");
        }
        // the state is a JavaScript assignment, `… = {json};`, alone in its script element
        int scriptEnd = page.indexOf("</script>", at);
        String state = page.substring(at + INITIAL.length(), scriptEnd < 0 ? page.length() : scriptEnd)
                .strip();
        if (state.endsWith(";")) {
            state = state.substring(0, state.length() - 1);
        }
        JsonNode appConfig = JSON.readTree(state).path("initial").path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        uiId = appConfig.path("v-uiId").asInt();
        csrf = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        tree = new UiTree();
        tree.apply(uidl.path("changes"));
        return page;
    }

    UiTree tree() {
        return tree;
    }

    /** Sets an element's property and fires the DOM event the server listens to for it (a typed value, a slider). */
    void sync(int node, String property, String value, String event, Map<String, Object> eventData)
            throws IOException, InterruptedException {
        ObjectNode syncRpc = JSON.createObjectNode()
                .put("type", "mSync")
                .put("node", node)
                .put("feature", 1)
                .put("property", property)
                .put("value", value);
        ObjectNode eventRpc =
                JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        eventRpc.set("data", JSON.valueToTree(eventData));
        send(List.of(syncRpc, eventRpc), false);
    }

    /** A click on an element, with the event data Vaadin's client sends for a mouse click. */
    void click(int node) throws IOException, InterruptedException {
        ObjectNode rpc =
                JSON.createObjectNode().put("type", "event").put("node", node).put("event", "click");
        ObjectNode data = rpc.putObject("data");
        for (String flag : List.of("shiftKey", "metaKey", "ctrlKey", "altKey")) {
            data.put("event." + flag, false);
        }
        for (String number : List.of("detail", "clientX", "clientY", "button", "screenX", "screenY")) {
            data.put("event." + number, 0);
        }
        send(List.of(rpc), false);
    }

    /** The beacon a browser sends when it leaves a page, so that the server can drop the page's UI at once. */
    void leave() throws IOException, InterruptedException {
        if (uiId >= 0) {
            send(List.of(), true);
            uiId = -1;
        }
    }

    private void send(List<ObjectNode> rpcs, boolean unload) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", csrf);
        ArrayNode rpc = message.putArray("rpc");
        rpcs.forEach(rpc::add);
        message.put("syncId", syncId).put("clientId", clientId);
        if (unload) {
            message.put("UNLOAD", true);
        }
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(message.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("UIDL request answered HTTP " + response.statusCode());
        }
        if (unload) {
            return;
        }
        String body = response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
        JsonNode answer = JSON.readTree(body);
        if (answer.isArray()) {
            answer = answer.path(0);
        }
        if (answer.has("meta") && answer.path("meta").has("sessionExpired")) {
            throw new IllegalStateException("the server reports the session expired");
        }
        if (!answer.has("syncId")) {
            throw new IllegalStateException("unexpected UIDL response: " + abbreviate(body));
        }
        syncId = answer.path("syncId").asInt();
        clientId = answer.path("clientId").asInt(clientId + 1);
        tree.apply(answer.path("changes"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
