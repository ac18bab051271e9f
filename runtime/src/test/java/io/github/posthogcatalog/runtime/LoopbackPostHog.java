package io.github.posthogcatalog.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for PostHog's ingestion host on 127.0.0.1 that records every request it receives and
 * answers each with 200 and {@code {"status":1}}, as PostHog's capture endpoint does.
 */
final class LoopbackPostHog implements AutoCloseable {

    /** One received request, with its body decompressed when it came gzipped. */
    record Request(String method, String path, String contentEncoding, String contentType,
            String body) {}

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(4);
    private final List<Request> requests = new ArrayList<>();

    LoopbackPostHog() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::record);
        server.setExecutor(handlers);
        server.start();
    }

    /** Returns the base URL to give the client as its host. */
    String host() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Returns every event of every request to {@code /batch}, in the order received. */
    List<JsonNode> batchedEvents() {
        List<JsonNode> events = new ArrayList<>();
        for (Request request : requests()) {
            if (request.path().startsWith("/batch")) {
                JSON.readTree(request.body()).get("batch").forEach(events::add);
            }
        }
        return events;
    }

    private void record(HttpExchange exchange) throws IOException {
        try (exchange) {
            String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
            byte[] raw = exchange.getRequestBody().readAllBytes();
            Request request = new Request(exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(), encoding,
                    exchange.getRequestHeaders().getFirst("Content-Type"), decode(raw, encoding));
            synchronized (this) {
                requests.add(request);
            }

            byte[] answer = "{\"status\":1}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private static String decode(byte[] raw, String encoding) {
        if (!"gzip".equalsIgnoreCase(encoding)) {
            return new String(raw, StandardCharsets.UTF_8);
        }
        try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            return new String(unzipped.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException corrupt) {
            throw new UncheckedIOException(corrupt);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
