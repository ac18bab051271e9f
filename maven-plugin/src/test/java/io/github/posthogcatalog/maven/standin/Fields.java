package io.github.posthogcatalog.maven.standin;

import java.util.Locale;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** Field parsing with the rules and error texts of Django REST framework's fields. */
final class Fields {

    private Fields() {}

    /**
     * Reads a {@code CharField}: numbers are turned into text, booleans and containers are invalid,
     * surrounding whitespace is trimmed (DRF's default {@code trim_whitespace}), blank is rejected.
     */
    static String string(JsonNode value, String attr, boolean nullable, int maxLength) {
        if (value == null || value.isNull()) {
            if (nullable) {
                return null;
            }
            throw ApiError.validation("null", "This field may not be null.", attr);
        }
        String text = scalarText(value, attr).strip();
        if (text.isEmpty()) {
            throw ApiError.validation("blank", "This field may not be blank.", attr);
        }
        if (maxLength > 0 && text.length() > maxLength) {
            throw ApiError.validation("max_length", "Ensure this field has no more than " + maxLength + " characters.", attr);
        }
        return text;
    }

    /** Reads a trimmed {@code CharField} that allows blank and turns null into the empty string. */
    static String stringOrEmpty(JsonNode value, String attr) {
        if (value == null || value.isNull()) {
            return "";
        }
        return scalarText(value, attr).strip();
    }

    /** Reads a {@code CharField} that keeps whitespace and allows blank and null. */
    static String rawString(JsonNode value, String attr) {
        if (value == null || value.isNull()) {
            return null;
        }
        return scalarText(value, attr);
    }

    /** Reads a {@code BooleanField}, which also takes DRF's text and number spellings. */
    static boolean bool(JsonNode value, String attr) {
        if (value != null && value.isBoolean()) {
            return value.booleanValue();
        }
        if (value != null && (value.isString() || value.isIntegralNumber())) {
            String text = value.asString().strip().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("1") || text.equals("yes") || text.equals("on")) {
                return true;
            }
            if (text.equals("false") || text.equals("0") || text.equals("no") || text.equals("off")) {
                return false;
            }
        }
        throw ApiError.invalid("Must be a valid boolean.", attr);
    }

    /** Reads an {@code IntegerField}; integral text is accepted as DRF does. */
    static long integer(JsonNode value, String attr) {
        if (value != null && value.isIntegralNumber()) {
            return value.longValue();
        }
        if (value != null && value.isString()) {
            try {
                return Long.parseLong(value.stringValue().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw ApiError.invalid("A valid integer is required.", attr);
    }

    /**
     * Reads tags as PostHog's {@code tagify} stores them: stripped, lower-cased, de-duplicated,
     * empty ones dropped. The order is deliberately not the order sent (reverse alphabetical here),
     * because PostHog guarantees no order.
     */
    static ArrayNode tags(JsonNode value) {
        if (value == null || value.isNull()) {
            throw ApiError.validation("null", "This field may not be null.", "tags");
        }
        if (!value.isArray()) {
            throw ApiError.validation("not_a_list",
                    "Expected a list of items but got type \"" + typeName(value) + "\".", "tags");
        }
        TreeSet<String> tags = new TreeSet<>(java.util.Comparator.reverseOrder());
        for (int i = 0; i < value.size(); i++) {
            String tag = scalarText(value.get(i), "tags__" + i).strip().toLowerCase(Locale.ROOT);
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        ArrayNode result = Json.array();
        tags.forEach(result::add);
        return result;
    }

    /** Returns the Python type name DRF puts into its messages. */
    static String typeName(JsonNode value) {
        if (value.isArray()) {
            return "list";
        }
        if (value.isObject()) {
            return "dict";
        }
        if (value.isBoolean()) {
            return "bool";
        }
        if (value.isIntegralNumber()) {
            return "int";
        }
        return value.isNumber() ? "float" : "str";
    }

    private static String scalarText(JsonNode value, String attr) {
        if (value.isString() || value.isNumber()) {
            return value.asString();
        }
        throw ApiError.invalid("Not a valid string.", attr);
    }
}
