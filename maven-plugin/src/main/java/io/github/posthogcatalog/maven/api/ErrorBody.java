package io.github.posthogcatalog.maven.api;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostHog's error body, {@code {"type", "code", "detail", "attr"}}, as drf-exceptions-hog renders
 * every REST framework error. A body that is not in this shape (an HTML page from a proxy, an empty
 * body, plain text) still gives an {@code ErrorBody} whose {@code detail} is a short excerpt of it.
 *
 * @param type such as {@code validation_error}, {@code authentication_error}, {@code throttled_error}, or null
 * @param code such as {@code unique}, {@code permission_denied}, {@code throttled}, or null
 * @param detail the human-readable text, or null when the body was empty
 * @param attr the field at fault with nested keys joined by {@code __}, such as {@code inputs__channel}, or null
 */
record ErrorBody(String type, String code, String detail, String attr) {

    private static final int EXCERPT_LENGTH = 200;

    static final ErrorBody EMPTY = new ErrorBody(null, null, null, null);

    /** Reads an error body, tolerating anything that is not PostHog's JSON shape. */
    static ErrorBody parse(String body, JsonMapper mapper) {
        if (body == null || body.isBlank()) {
            return EMPTY;
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node.isObject() && (node.has("detail") || node.has("code"))) {
                return new ErrorBody(text(node, "type"), text(node, "code"), text(node, "detail"), text(node, "attr"));
            }
            // Some older endpoints answer a plain DRF shape, such as {"template_id": ["No template found"]}.
            if (node.isObject() && node.size() == 1) {
                String field = node.propertyNames().iterator().next();
                JsonNode value = node.get(field);
                String detail = value.isArray() && !value.isEmpty() ? value.get(0).asString() : value.asString();
                return new ErrorBody(null, null, detail, field);
            }
            return new ErrorBody(null, null, excerpt(body), null);
        } catch (JacksonException | UnsupportedOperationException e) {
            return new ErrorBody(null, null, excerpt(body), null);
        }
    }

    /** Returns the detail, or a fallback when PostHog sent none. */
    String detailOr(String fallback) {
        return detail == null || detail.isBlank() ? fallback : detail;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private static String excerpt(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH) + "…";
    }
}
