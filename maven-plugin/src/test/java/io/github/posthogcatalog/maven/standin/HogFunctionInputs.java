package io.github.posthogcatalog.maven.standin;

import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A hog function's {@code inputs_schema} and {@code inputs}, checked as PostHog's
 * {@code posthog/cdp/validation.py} does: only keys in the schema are kept, a required input that is
 * missing or empty is a 400 on {@code inputs__<key>} unless the schema has a default (then the
 * default fills it), an {@code integration} input must be an integration id. The response adds
 * {@code order} to every input and {@code bytecode} to templated string, JSON and dictionary inputs.
 */
final class HogFunctionInputs {

    private static final Set<String> TYPES = Set.of("string", "number", "boolean", "dictionary", "choice", "json",
            "integration", "integration_multi", "integration_field", "email", "native_email");
    private static final Set<String> TEMPLATED_TYPES = Set.of("string", "json", "dictionary", "email");

    private HogFunctionInputs() {}

    /** Checks a schema sent by the client and returns a copy. */
    static ArrayNode schema(JsonNode value) {
        if (value == null || value.isNull()) {
            return Json.array();
        }
        if (!value.isArray()) {
            throw ApiError.validation("not_a_list",
                    "Expected a list of items but got type \"" + Fields.typeName(value) + "\".", "inputs_schema");
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String attr = "inputs_schema__" + i + "__";
            if (!item.isObject()) {
                throw ApiError.invalid("Invalid data. Expected a dictionary, but got " + Fields.typeName(item) + ".",
                        attr + "non_field_errors");
            }
            if (Json.text(item, "key") == null || Json.text(item, "key").isBlank()) {
                throw ApiError.required(attr + "key");
            }
            String type = Json.text(item, "type");
            if (type == null) {
                throw ApiError.required(attr + "type");
            }
            if (!TYPES.contains(type)) {
                throw ApiError.validation("invalid_choice", "\"" + type + "\" is not a valid choice.", attr + "type");
            }
        }
        return (ArrayNode) value.deepCopy();
    }

    /** Checks inputs against the schema and returns them as PostHog stores and returns them. */
    static ObjectNode inputs(JsonNode value, ArrayNode schema) {
        if (value != null && !value.isNull() && !value.isObject()) {
            throw ApiError.invalid("Expected a dictionary of items but got type \"" + Fields.typeName(value) + "\".",
                    "inputs");
        }
        ObjectNode given = value == null || value.isNull() ? Json.object() : (ObjectNode) value;
        ObjectNode result = Json.object();
        int order = 0;
        for (JsonNode item : schema) {
            String key = item.get("key").asString();
            String attr = "inputs__" + key;
            ObjectNode input = input(given.get(key), item, attr);
            if (input == null) {
                continue;
            }
            input.put("order", order++);
            result.set(key, input);
        }
        return result;
    }

    private static ObjectNode input(JsonNode entry, JsonNode item, String attr) {
        if (entry != null && !entry.isNull() && !entry.isObject()) {
            throw ApiError.invalid("Expected a dictionary of items but got type \"" + Fields.typeName(entry) + "\".", attr);
        }
        JsonNode value = entry == null || entry.isNull() ? null : entry.get("value");
        boolean required = item.path("required").asBoolean(false);
        if (isEmpty(value)) {
            if (required && entry == null && item.has("default")) {
                value = item.get("default");
            } else if (required) {
                throw ApiError.invalid("This field is required.", attr);
            } else if (entry == null) {
                return null;
            }
        }

        String type = item.get("type").asString();
        checkType(type, value, attr);

        ObjectNode input = Json.object();
        input.set("value", value == null ? Json.NODES.nullNode() : value.deepCopy());
        String templating = entry == null ? null : Json.text(entry, "templating");
        if (templating != null) {
            input.put("templating", templating);
        }
        boolean templated = TEMPLATED_TYPES.contains(type) && !"false".equals(item.path("templating").asString("true"));
        if (templated && value != null && !value.isNull()) {
            input.set("bytecode", HogBytecode.of(value));
        }
        return input;
    }

    private static void checkType(String type, JsonNode value, String attr) {
        if (value == null || value.isNull()) {
            return;
        }
        switch (type) {
            case "integration" -> {
                if (!value.isIntegralNumber()) {
                    throw ApiError.invalid("Value must be an Integration ID.", attr);
                }
            }
            case "string", "email" -> {
                if (!value.isString()) {
                    throw ApiError.invalid("Value must be a string.", attr);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    throw ApiError.invalid("Value must be a number.", attr);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    throw ApiError.invalid("Value must be a boolean.", attr);
                }
            }
            case "dictionary" -> {
                if (!value.isObject()) {
                    throw ApiError.invalid("Value must be a dictionary.", attr);
                }
            }
            default -> {
                // json, choice and the integration field types take any JSON value here.
            }
        }
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || (value.isString() && value.stringValue().isEmpty());
    }
}
