package io.github.posthogcatalog.maven.standin;

import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A hog function's {@code filters} and {@code masking}, as PostHog's {@code HogFunctionFiltersSerializer}
 * and {@code HogFunctionMaskingSerializer} check and return them. Filters come back with
 * {@code source} (default {@code events}) and a {@code bytecode} array. An Action id that does not
 * exist in the project makes the filters fail to compile: an enabled function is then rejected with
 * 400 on {@code filters__non_field_errors}, a disabled one is stored with {@code bytecode_error}.
 */
final class HogFunctionFilters {

    private static final Set<String> SOURCES = Set.of("events", "person-updates", "data-warehouse-table",
            "data-warehouse-view");
    private static final int MIN_TTL = 60;
    private static final int MAX_TTL = 86_400;

    private HogFunctionFilters() {}

    /**
     * Checks and compiles filters.
     *
     * @param value the filters sent, or null for none
     * @param enabled whether the function will be enabled after this write
     * @param actionExists whether an Action id (as text) exists in the project, soft-deleted ones included
     */
    static ObjectNode filters(JsonNode value, boolean enabled, Predicate<String> actionExists) {
        if (value != null && !value.isNull() && !value.isObject()) {
            throw ApiError.invalid("Invalid data. Expected a dictionary, but got " + Fields.typeName(value) + ".",
                    "filters__non_field_errors");
        }
        ObjectNode filters = value == null || value.isNull() ? Json.object() : ((ObjectNode) value).deepCopy();
        filters.remove("bytecode");
        filters.remove("bytecode_error");
        filters.remove("transpiled");

        String source = filters.path("source").asString("events");
        if (!SOURCES.contains(source)) {
            throw ApiError.validation("invalid_choice", "\"" + source + "\" is not a valid choice.", "filters__source");
        }
        filters.put("source", source);

        String missing = firstMissingAction(filters, actionExists);
        if (missing == null) {
            filters.set("bytecode", HogBytecode.of(Json.NODES.stringNode(Json.write(filters))));
            return filters;
        }
        // NOTE: PostHog's detail continues with the compiler's own message; only its start is known.
        String error = "Invalid filter configuration: Action " + missing + " does not exist";
        if (enabled) {
            throw ApiError.invalid(error, "filters__non_field_errors");
        }
        filters.put("bytecode_error", error);
        return filters;
    }

    /** Checks masking (trigger options); null means "run every time". */
    static JsonNode masking(JsonNode value) {
        if (value == null || value.isNull()) {
            return Json.NODES.nullNode();
        }
        if (!value.isObject()) {
            throw ApiError.invalid("Invalid data. Expected a dictionary, but got " + Fields.typeName(value) + ".",
                    "masking__non_field_errors");
        }
        if (!value.has("ttl") || value.get("ttl").isNull()) {
            throw ApiError.required("masking__ttl");
        }
        long ttl = Fields.integer(value.get("ttl"), "masking__ttl");
        if (ttl < MIN_TTL) {
            throw ApiError.validation("min_value", "Ensure this value is greater than or equal to " + MIN_TTL + ".", "masking__ttl");
        }
        if (ttl > MAX_TTL) {
            throw ApiError.validation("max_value", "Ensure this value is less than or equal to " + MAX_TTL + ".", "masking__ttl");
        }
        if (!value.has("hash")) {
            throw ApiError.required("masking__hash");
        }
        String hash = Fields.string(value.get("hash"), "masking__hash", false, 0);

        ObjectNode masking = Json.object();
        masking.put("ttl", ttl);
        JsonNode threshold = value.get("threshold");
        if (threshold == null || threshold.isNull()) {
            masking.putNull("threshold");
        } else {
            masking.put("threshold", Fields.integer(threshold, "masking__threshold"));
        }
        masking.put("hash", hash);
        masking.set("bytecode", HogBytecode.of(Json.NODES.stringNode(hash)));
        return masking;
    }

    private static String firstMissingAction(ObjectNode filters, Predicate<String> actionExists) {
        JsonNode actions = filters.get("actions");
        if (actions == null || actions.isNull()) {
            return null;
        }
        if (!actions.isArray()) {
            throw ApiError.validation("not_a_list",
                    "Expected a list of items but got type \"" + Fields.typeName(actions) + "\".", "filters__actions");
        }
        for (JsonNode entry : actions) {
            String id = entry.path("id").asString("");
            if (!actionExists.test(id)) {
                return id;
            }
        }
        return null;
    }
}
