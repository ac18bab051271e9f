package io.github.posthogcatalog.maven.plan;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.ActionStep;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the request body of a managed Action and reduces PostHog's Action JSON to the managed
 * fields, normalised so that what PostHog fills in itself does not count as a difference.
 */
public final class ActionBodies {

    /** The fields of an Action that the catalog manages, in the order the plan prints them. */
    public static final List<String> MANAGED_FIELDS = List.of("name", "description", "tags", "steps");

    /** The step fields the catalog writes; PostHog adds others, such as {@code selector_regex}. */
    private static final List<String> STEP_FIELDS = List.of(
            "event", "properties", "selector", "tag_name", "text", "text_matching",
            "href", "href_matching", "url", "url_matching");

    private static final List<String> FILTER_FIELDS = List.of("key", "value", "operator", "type");

    private ActionBodies() {}

    /**
     * Returns the body that creates the Action, and that a PATCH sends to bring it in line: name,
     * description with the marker line, tags with {@link ManagedMarker#TAG}, and the steps.
     *
     * @param catalog the name of the catalog that declares the Action, written into the marker line
     */
    public static ObjectNode desiredBody(ActionDefinition action, String catalog) {
        ObjectNode body = JsonValues.object();
        body.put("name", action.name());
        body.put("description", ManagedMarker.append(action.description(), action.key(), catalog));

        ArrayNode tags = body.putArray("tags");
        normalTags(action.tags(), true).forEach(tags::add);

        ArrayNode steps = body.putArray("steps");
        for (ActionStep step : action.steps()) {
            steps.add(JsonValues.toTree(step));
        }
        return body;
    }

    /**
     * Returns the managed fields of an Action, from PostHog or from {@link #desiredBody}, in a form
     * where equal means "no change needed".
     */
    public static ObjectNode normalize(JsonNode action) {
        ObjectNode normal = JsonValues.object();
        normal.put("name", JsonValues.text(action, "name"));
        normal.put("description", ManagedMarker.textOf(JsonValues.text(action, "description"))
                + markerSuffix(JsonValues.text(action, "description")));

        ArrayNode tags = normal.putArray("tags");
        List<String> rawTags = JsonValues.elements(action.get("tags")).stream()
                .filter(JsonNode::isString)
                .map(JsonNode::stringValue)
                .toList();
        normalTags(rawTags, false).forEach(tags::add);

        ArrayNode steps = normal.putArray("steps");
        JsonValues.elements(action.get("steps")).forEach(step -> steps.add(normalizeStep(step)));
        return JsonValues.canonical(normal);
    }

    /** Lower-cases, trims, de-duplicates and sorts tags, as PostHog stores them. */
    static Set<String> normalTags(List<String> tags, boolean withManagedTag) {
        Set<String> normal = new TreeSet<>();
        for (String tag : tags) {
            String clean = tag.strip().toLowerCase(Locale.ROOT);
            if (!clean.isEmpty()) {
                normal.add(clean);
            }
        }
        if (withManagedTag) {
            normal.add(ManagedMarker.TAG);
        }
        return normal;
    }

    /**
     * Keeps the marker line in the compared description, so that a lost marker, or one that names
     * another catalog or none, shows as a change.
     */
    static String markerSuffix(String description) {
        return ManagedMarker.parse(description)
                .map(marker -> "\n\n" + marker.line())
                .orElse("");
    }

    private static ObjectNode normalizeStep(JsonNode rawStep) {
        JsonNode step = JsonValues.withoutNulls(rawStep);
        ObjectNode normal = JsonValues.object();
        for (String field : STEP_FIELDS) {
            JsonNode value = step.get(field);
            if (value != null) {
                normal.set(field, value);
            }
        }

        JsonNode properties = normal.get("properties");
        if (properties != null && properties.isArray() && properties.isEmpty()) {
            normal.remove("properties");
        } else if (properties != null && properties.isArray()) {
            ArrayNode filters = JsonValues.array();
            properties.forEach(filter -> filters.add(normalizeFilter(filter)));
            normal.set("properties", filters);
        }

        // PostHog stores url_matching "contains" when it is omitted, even on steps without a URL;
        // text_matching and href_matching left null mean exact matching.
        defaultMatching(normal, "url", "url_matching", "contains");
        defaultMatching(normal, "text", "text_matching", "exact");
        defaultMatching(normal, "href", "href_matching", "exact");
        return normal;
    }

    private static void defaultMatching(ObjectNode step, String field, String matchingField, String fallback) {
        if (step.get(field) == null) {
            step.remove(matchingField);
        } else if (step.get(matchingField) == null) {
            step.put(matchingField, fallback);
        }
    }

    private static JsonNode normalizeFilter(JsonNode filter) {
        if (!filter.isObject()) {
            return filter;
        }
        ObjectNode normal = JsonValues.object();
        for (String field : FILTER_FIELDS) {
            JsonNode value = filter.get(field);
            if (value != null) {
                normal.set(field, value);
            }
        }
        if (normal.get("type") == null) {
            normal.put("type", "event");
        }
        if (normal.get("operator") == null) {
            normal.put("operator", "exact");
        }
        return normal;
    }
}
