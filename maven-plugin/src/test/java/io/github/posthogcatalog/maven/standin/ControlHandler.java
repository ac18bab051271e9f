package io.github.posthogcatalog.maven.standin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stand-in's own HTTP endpoints, for processes that cannot call its Java API. They need no key,
 * are never throttled, faulted or recorded, and exist only on loopback.
 *
 * <table>
 *   <caption>Control endpoints</caption>
 *   <tr><th>request</th><th>effect</th></tr>
 *   <tr><td>{@code GET /_standin/health}</td><td>{@code {"status": "ok", "port": n}}</td></tr>
 *   <tr><td>{@code GET /_standin/requests}</td><td>the recorded API requests as a JSON array</td></tr>
 *   <tr><td>{@code DELETE /_standin/requests}</td><td>forgets them</td></tr>
 *   <tr><td>{@code GET /_standin/state}</td><td>every project's stored objects, soft-deleted ones included</td></tr>
 *   <tr><td>{@code POST /_standin/seed}</td><td>applies a {@link StandInConfig} body</td></tr>
 *   <tr><td>{@code POST /_standin/faults}</td><td>adds faults, as the {@code faults} member of a {@link StandInConfig}</td></tr>
 *   <tr><td>{@code DELETE /_standin/faults}</td><td>removes every fault</td></tr>
 *   <tr><td>{@code POST /_standin/reset}</td><td>back to the start configuration, recordings and faults cleared</td></tr>
 * </table>
 */
final class ControlHandler {

    static final String PREFIX = "/_standin/";

    private final PostHogStandIn standIn;

    ControlHandler(PostHogStandIn standIn) {
        this.standIn = standIn;
    }

    void handle(HttpExchange exchange) throws IOException {
        String route = exchange.getRequestMethod() + " " + trimSlash(exchange.getRequestURI().getRawPath());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            switch (route) {
                case "GET /_standin/health" -> send(exchange, 200, health());
                case "GET /_standin/requests" -> send(exchange, 200, requests(standIn.requests()));
                case "DELETE /_standin/requests" -> {
                    standIn.clearRequests();
                    send(exchange, 204, null);
                }
                case "GET /_standin/state" -> send(exchange, 200, standIn.snapshot());
                case "POST /_standin/seed" -> {
                    standIn.seed(parse(body));
                    send(exchange, 204, null);
                }
                case "POST /_standin/faults" -> {
                    StandInConfig.applyFaults(standIn.faults(), parse(body));
                    send(exchange, 204, null);
                }
                case "DELETE /_standin/faults" -> {
                    standIn.faults().clear();
                    send(exchange, 204, null);
                }
                case "POST /_standin/reset" -> {
                    standIn.reset();
                    send(exchange, 204, null);
                }
                default -> send(exchange, 404, message("No control endpoint " + route));
            }
        } catch (ApiError | IllegalArgumentException | JacksonException e) {
            send(exchange, 400, message(e.getMessage()));
        }
    }

    /** Returns recorded requests as JSON; the Authorization value is already redacted. */
    static ArrayNode requests(List<RecordedRequest> requests) {
        ArrayNode array = Json.array();
        for (RecordedRequest request : requests) {
            ObjectNode entry = array.addObject();
            entry.put("method", request.method());
            entry.put("path", request.path());
            entry.put("query", request.query());
            ObjectNode headers = entry.putObject("headers");
            for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
                ArrayNode values = headers.putArray(header.getKey());
                header.getValue().forEach(values::add);
            }
            entry.put("body", request.body());
            entry.put("status", request.status());
            entry.put("fault", request.fault());
        }
        return array;
    }

    private ObjectNode health() {
        ObjectNode health = Json.object();
        health.put("status", "ok");
        health.put("port", standIn.port());
        return health;
    }

    private static JsonNode parse(String body) {
        return body.isBlank() ? Json.object() : Json.MAPPER.readTree(body);
    }

    private static ObjectNode message(String text) {
        ObjectNode message = Json.object();
        message.put("detail", text);
        return message;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String trimSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
