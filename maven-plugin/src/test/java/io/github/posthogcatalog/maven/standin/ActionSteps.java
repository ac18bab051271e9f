package io.github.posthogcatalog.maven.standin;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Action steps as PostHog's {@code ActionStepJSONSerializer} reads them and its {@code ActionStepJSON}
 * dataclass writes them back: every key present (null when not sent), {@code url_matching}
 * defaulting to {@code contains}, {@code selector_regex} computed from {@code selector}, unknown
 * keys dropped.
 *
 * <p>A {@code *_matching} of {@code regex} needs a pattern that compiles under RE2; the stand-in
 * checks it with re2j, Google's Java port of RE2.
 */
final class ActionSteps {

    private static final List<String> KEYS = List.of(
            "event", "properties", "selector", "selector_regex", "tag_name", "text", "text_matching", "href",
            "href_matching", "url", "url_matching");
    private static final Set<String> MATCHING = Set.of("contains", "regex", "exact");

    private ActionSteps() {}

    static ArrayNode normalise(JsonNode steps) {
        if (steps == null || steps.isNull()) {
            throw ApiError.validation("null", "This field may not be null.", "steps");
        }
        if (!steps.isArray()) {
            throw ApiError.validation("not_a_list",
                    "Expected a list of items but got type \"" + Fields.typeName(steps) + "\".", "steps");
        }
        ArrayNode result = Json.array();
        for (int i = 0; i < steps.size(); i++) {
            result.add(step(steps.get(i), "steps__" + i + "__"));
        }
        return result;
    }

    private static ObjectNode step(JsonNode input, String attr) {
        if (!input.isObject()) {
            throw ApiError.invalid("Invalid data. Expected a dictionary, but got " + Fields.typeName(input) + ".",
                    attr + "non_field_errors");
        }
        ObjectNode step = Json.object();
        for (String key : KEYS) {
            step.putNull(key);
        }
        // The event name keeps its whitespace: a trailing space is part of the name.
        step.put("event", Fields.rawString(input.get("event"), attr + "event"));
        for (String key : List.of("selector", "tag_name", "text", "href", "url")) {
            step.put(key, Fields.rawString(input.get(key), attr + key));
        }
        step.set("properties", properties(input.get("properties"), attr + "properties"));
        for (String key : List.of("text_matching", "href_matching", "url_matching")) {
            step.put(key, matching(input, key, attr));
        }
        if (!input.has("url_matching")) {
            step.put("url_matching", "contains");
        }
        String selector = Json.text(step, "selector");
        step.put("selector_regex", selector == null ? null : selectorRegex(selector));

        requireRe2(step, "text", attr);
        requireRe2(step, "href", attr);
        requireRe2(step, "url", attr);
        return step;
    }

    private static JsonNode properties(JsonNode value, String attr) {
        if (value == null || value.isNull()) {
            return Json.NODES.nullNode();
        }
        if (!value.isArray()) {
            throw ApiError.validation("not_a_list",
                    "Expected a list of items but got type \"" + Fields.typeName(value) + "\".", attr);
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                throw ApiError.invalid("Expected a dictionary of items but got type \""
                        + Fields.typeName(value.get(i)) + "\".", attr + "__" + i);
            }
        }
        return value.deepCopy();
    }

    private static String matching(JsonNode input, String key, String attr) {
        JsonNode value = input.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asString();
        if (!value.isString() || !MATCHING.contains(text)) {
            throw ApiError.validation("invalid_choice", "\"" + text + "\" is not a valid choice.", attr + key);
        }
        return text;
    }

    // NOTE: PostHog's message for a pattern that RE2 rejects was not read; this text and the attr
    // (the pattern's field) are the stand-in's own.
    private static void requireRe2(ObjectNode step, String field, String attr) {
        String pattern = Json.text(step, field);
        if (pattern == null || !"regex".equals(Json.text(step, field + "_matching"))) {
            return;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw ApiError.invalid("Invalid regular expression: " + e.getDescription(), attr + field);
        }
    }

    // NOTE: PostHog turns the CSS selector into a regex over the element chain; the stand-in only
    // needs a non-null value, which clients must ignore when they compare.
    private static String selectorRegex(String selector) {
        return "(^|;)" + selector.replaceAll("([\\\\.\\[\\]{}()*+?^$|])", "\\\\$1");
    }
}
