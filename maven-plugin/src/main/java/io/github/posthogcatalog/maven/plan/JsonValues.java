package io.github.posthogcatalog.maven.plan;

import io.github.posthogcatalog.catalog.CatalogJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small JSON helpers shared by the body builders and normalisers. */
final class JsonValues {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Converts a catalog record to JSON with the catalog's own mapper, so field names match PostHog's. */
    static JsonNode toTree(Object value) {
        return CatalogJson.mapper().valueToTree(value);
    }

    /** Returns a field as a string, or null when it is absent, null or not a string. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    /** Returns a field as a string id: PostHog sends Action ids as numbers and hog function ids as strings. */
    static String id(JsonNode node) {
        JsonNode value = node.get("id");
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isString() ? value.stringValue() : value.asString();
    }

    /** Strips trailing whitespace, which PostHog removes from texts and Hog code. */
    static String stripTrailing(String text) {
        return text == null ? null : text.stripTrailing();
    }

    /**
     * Returns a deep copy without null-valued fields in objects, at every depth. PostHog fills every
     * absent step field with null, so null and absent must compare equal.
     */
    static JsonNode withoutNulls(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            ObjectNode copy = object();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getValue().isNull()) {
                    copy.set(field.getKey(), withoutNulls(field.getValue()));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = array();
            node.forEach(element -> copy.add(withoutNulls(element)));
            return copy;
        }
        return node;
    }

    /** Returns the elements of an array node as a list; empty for anything else. */
    static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(list::add);
        }
        return list;
    }

    /** Re-reads a tree from its text, so that equal numbers held in different node classes compare equal. */
    static ObjectNode canonical(ObjectNode node) {
        return (ObjectNode) CatalogJson.mapper().readTree(node.toString());
    }
}
