package io.github.posthogcatalog.maven.standin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JSON helpers and timestamps in the format PostHog writes, such as {@code 2026-01-02T03:04:05.123456Z}. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final AtomicReference<Instant> LAST = new AtomicReference<>(Instant.EPOCH);

    private Json() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /**
     * Returns the current time, at least a microsecond after the previous call, so that
     * {@code updated_at} changes on every write and a stale-update check can compare them.
     */
    static String timestamp() {
        Instant next = LAST.updateAndGet(previous -> {
            Instant now = Instant.now();
            Instant minimum = previous.plusNanos(1_000);
            return now.isAfter(minimum) ? now : minimum;
        });
        return TIMESTAMP.format(next);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
