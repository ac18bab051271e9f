package io.github.posthogcatalog.maven.plan;

import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.Masking;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the request body of a Slack destination (a hog function from PostHog's
 * {@code template-slack}) and reduces PostHog's hog function JSON to the managed fields.
 *
 * <p>PostHog does not fill a function's inputs from the template's defaults when it is created
 * through the API, so the body sends the message ({@code text}, {@code blocks}), the bot name and
 * the emoji explicitly.
 */
public final class DestinationBodies {

    /** The template every Slack destination is created from. */
    public static final String SLACK_TEMPLATE = "template-slack";

    /** The inputs the catalog manages; other inputs (such as {@code thread_ts}) are left alone. */
    static final List<String> MANAGED_INPUTS =
            List.of("slack_workspace", "channel", "icon_emoji", "username", "text", "blocks");

    private DestinationBodies() {}

    /**
     * Returns the body that creates the destination.
     *
     * @param destination the destination with its channel resolved
     * @param slackWorkspace the Slack integration id, or null when unknown (plan without a project)
     * @param actionId the PostHog id of an Action, by catalog key
     * @param actionName the name of an Action, by catalog key
     */
    public static ObjectNode createBody(DesiredDestination destination, Long slackWorkspace,
            Function<String, String> actionId, Function<String, String> actionName) {
        ObjectNode body = JsonValues.object();
        body.put("type", "destination");
        body.put("template_id", SLACK_TEMPLATE);
        body.setAll(updateBody(destination, slackWorkspace, actionId, actionName));
        return body;
    }

    /** Returns the body of a PATCH that brings the destination in line: every managed field. */
    public static ObjectNode updateBody(DesiredDestination destination, Long slackWorkspace,
            Function<String, String> actionId, Function<String, String> actionName) {
        DestinationDefinition definition = destination.definition();
        ObjectNode body = JsonValues.object();
        body.put("name", definition.name());
        body.put("description", ManagedMarker.append(definition.description(), definition.key(), destination.catalog()));
        body.put("enabled", true);

        ObjectNode inputs = body.putObject("inputs");
        if (slackWorkspace != null) {
            inputs.putObject("slack_workspace").put("value", slackWorkspace);
        }
        inputs.putObject("channel").put("value", destination.channelId());
        putInput(inputs, "icon_emoji", definition.emoji());
        putInput(inputs, "username", definition.botName());
        putInput(inputs, "text", definition.text());
        if (definition.blocks() != null && !definition.blocks().isNull()) {
            inputs.putObject("blocks").set("value", definition.blocks());
        }

        body.set("filters", filters(definition, actionId, actionName));
        body.set("masking", masking(definition.masking()));
        return body;
    }

    private static void putInput(ObjectNode inputs, String key, String value) {
        if (value != null) {
            inputs.putObject(key).put("value", value);
        }
    }

    private static ObjectNode filters(DestinationDefinition definition,
            Function<String, String> actionId, Function<String, String> actionName) {
        ObjectNode filters = JsonValues.object();
        ArrayNode events = filters.putArray("events");
        int order = 0;
        for (String event : definition.filters().events()) {
            events.addObject().put("id", event).put("name", event).put("type", "events").put("order", order++);
        }
        ArrayNode actions = filters.putArray("actions");
        order = 0;
        for (String key : definition.filters().actions()) {
            actions.addObject()
                    .put("id", actionId.apply(key))
                    .put("name", actionName.apply(key))
                    .put("type", "actions")
                    .put("order", order++);
        }
        return filters;
    }

    private static JsonNode masking(Masking masking) {
        if (masking == null) {
            return JsonValues.NODES.nullNode();
        }
        ObjectNode node = JsonValues.object();
        node.put("ttl", masking.ttl());
        node.put("hash", masking.hash());
        if (masking.threshold() != null) {
            node.put("threshold", masking.threshold());
        }
        return node;
    }

    /**
     * Returns the managed fields of a hog function in a form where equal means "no change needed".
     * Server-made fields ({@code bytecode}, {@code order}, {@code transpiled}, {@code bytecode_error},
     * {@code filters.source}) are dropped, trailing whitespace of texts is stripped, and Action ids in
     * the filters are replaced by catalog keys through {@code actionKey}; the Action names shown in
     * the filters are kept.
     */
    public static ObjectNode normalize(JsonNode function, Function<String, String> actionKey) {
        ObjectNode normal = JsonValues.object();
        normal.put("name", JsonValues.text(function, "name"));
        String description = JsonValues.text(function, "description");
        normal.put("description", ManagedMarker.textOf(description) + ActionBodies.markerSuffix(description));
        JsonNode enabled = function.get("enabled");
        normal.put("enabled", enabled != null && enabled.asBoolean());
        normal.set("inputs", normalizeInputs(function.get("inputs")));
        normal.set("filters", normalizeFilters(function.get("filters"), actionKey));
        normal.set("masking", normalizeMasking(function.get("masking")));
        return JsonValues.canonical(normal);
    }

    private static ObjectNode normalizeInputs(JsonNode inputs) {
        ObjectNode normal = JsonValues.object();
        if (inputs == null || !inputs.isObject()) {
            return normal;
        }
        for (String key : MANAGED_INPUTS) {
            JsonNode input = inputs.get(key);
            JsonNode value = input == null ? null : input.get("value");
            if (value == null || value.isNull()) {
                continue;
            }
            normal.set(key, value.isString() ? JsonValues.NODES.stringNode(value.stringValue().stripTrailing()) : value);
        }
        return normal;
    }

    private static ObjectNode normalizeFilters(JsonNode filters, Function<String, String> actionKey) {
        ObjectNode normal = JsonValues.object();
        normal.set("events", sortedIds(filters == null ? null : filters.get("events"), Function.identity()));
        normal.set("actions", actionEntries(filters == null ? null : filters.get("actions"), actionKey));
        // Filters the catalog never writes still count when someone added them in the PostHog app,
        // because the next PATCH of the filters removes them.
        if (filters != null) {
            JsonNode properties = filters.get("properties");
            if (properties != null && properties.isArray() && !properties.isEmpty()) {
                normal.set("properties", JsonValues.withoutNulls(properties));
            }
            JsonNode testAccounts = filters.get("filter_test_accounts");
            if (testAccounts != null && testAccounts.asBoolean()) {
                normal.put("filter_test_accounts", true);
            }
        }
        return normal;
    }

    private static ArrayNode sortedIds(JsonNode entries, Function<String, String> mapping) {
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : JsonValues.elements(entries)) {
            String id = JsonValues.id(entry);
            ids.add(id == null ? "(all events)" : mapping.apply(id));
        }
        Collections.sort(ids);
        ArrayNode array = JsonValues.array();
        ids.forEach(array::add);
        return array;
    }

    /**
     * Returns the Action entries as {@code {"id": key, "name": name}} sorted by key. The name is
     * compared too: PostHog shows it in the destination's filters and does not update it when the
     * Action is renamed, so a renamed Action also updates the destinations that refer to it.
     */
    private static ArrayNode actionEntries(JsonNode entries, Function<String, String> actionKey) {
        List<ObjectNode> normal = new ArrayList<>();
        for (JsonNode entry : JsonValues.elements(entries)) {
            String id = JsonValues.id(entry);
            ObjectNode action = JsonValues.object();
            action.put("id", id == null ? "(no id)" : actionKey.apply(id));
            action.put("name", JsonValues.text(entry, "name"));
            normal.add(action);
        }
        normal.sort(Comparator.comparing((ObjectNode action) -> action.get("id").stringValue())
                .thenComparing(action -> String.valueOf(JsonValues.text(action, "name"))));
        ArrayNode array = JsonValues.array();
        normal.forEach(array::add);
        return array;
    }

    private static JsonNode normalizeMasking(JsonNode masking) {
        if (masking == null || !masking.isObject()) {
            return JsonValues.NODES.nullNode();
        }
        ObjectNode normal = JsonValues.object();
        normal.set("ttl", masking.get("ttl"));
        String hash = JsonValues.text(masking, "hash");
        normal.put("hash", hash == null ? null : hash.stripTrailing());
        JsonNode threshold = masking.get("threshold");
        if (threshold != null && !threshold.isNull()) {
            normal.set("threshold", threshold);
        }
        return normal;
    }
}
