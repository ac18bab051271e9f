package io.github.posthogcatalog.maven.standin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** A raw HTTP client for tests of the stand-in itself, so that they can send what a real client would not. */
final class StandInHttp {

    /** A response: status, headers, raw body and the body parsed as JSON (null when empty or not JSON). */
    record Reply(int status, HttpHeaders headers, String body, JsonNode json) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;

    StandInHttp(URI base) {
        this.base = base;
    }

    Reply get(String path) {
        return send("GET", path, null, PostHogStandIn.DEFAULT_KEY, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json, PostHogStandIn.DEFAULT_KEY, "application/json");
    }

    Reply patch(String path, String json) {
        return send("PATCH", path, json, PostHogStandIn.DEFAULT_KEY, "application/json");
    }

    /**
     * Sends a request.
     *
     * @param key the bearer key, or null for no {@code Authorization} header
     * @param contentType the content type of the body, or null for none
     */
    Reply send(String method, String path, String body, String key, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
