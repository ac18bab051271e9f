package io.github.posthogcatalog.maven.standin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes the response to one API request and records the request with the status it got. */
final class Exchange {

    private final HttpExchange exchange;
    private final String method;
    private final String path;
    private final String query;
    private final String body;
    private final RequestLog log;
    private final long receivedNanos = System.nanoTime();

    Exchange(HttpExchange exchange, String method, String path, String query, String body, RequestLog log) {
        this.exchange = exchange;
        this.method = method;
        this.path = path;
        this.query = query;
        this.body = body;
        this.log = log;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    String query() {
        return query;
    }

    void header(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    void sendJson(int status, JsonNode json, String fault) throws IOException {
        sendRaw(status, Json.write(json), fault);
    }

    /** Sends PostHog's error body, or no body at all for the 405 of a forbidden DELETE. */
    void sendError(ApiError error, String fault) throws IOException {
        if (error.emptyBody()) {
            record(error.status(), fault);
            exchange.sendResponseHeaders(error.status(), -1);
            return;
        }
        if (error.status() == 401) {
            header("WWW-Authenticate",
                    "Bearer resource_metadata=\"http://" + exchange.getRequestHeaders().getFirst("Host")
                            + "/.well-known/oauth-protected-resource\"");
        }
        ObjectNode payload = Json.object();
        payload.put("type", error.type());
        payload.put("code", error.code());
        payload.put("detail", error.detail());
        payload.put("attr", error.attr());
        sendJson(error.status(), payload, fault);
    }

    void sendRaw(int status, String text, String fault) throws IOException {
        record(status, fault);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /**
     * Closes the connection without sending a status line. Closing an exchange whose response has
     * not started makes com.sun.net.httpserver drop the connection, which the client sees as a reset.
     */
    void reset(String fault) {
        record(0, fault);
        exchange.close();
    }

    private void record(int status, String fault) {
        log.add(new RecordedRequest(method, path, query, headers(), body, status, fault, receivedNanos));
    }

    private Map<String, List<String>> headers() {
        Map<String, List<String>> copy = new TreeMap<>();
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            List<String> values = new ArrayList<>();
            for (String value : header.getValue()) {
                values.add(name.equals("authorization") ? redact(value) : value);
            }
            copy.put(name, List.copyOf(values));
        }
        return Map.copyOf(copy);
    }

    private static String redact(String authorization) {
        int space = authorization.indexOf(' ');
        return space < 0 ? "[redacted]" : authorization.substring(0, space) + " [redacted]";
    }
}
