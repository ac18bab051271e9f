package io.github.posthogcatalog.maven.plan;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.ActionStep;
import io.github.posthogcatalog.catalog.CatalogJson;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.DestinationFilters;
import io.github.posthogcatalog.catalog.Masking;
import io.github.posthogcatalog.catalog.PropertyFilter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Catalog objects and PostHog-shaped JSON for planner tests. */
final class Fixtures {

    static final PlanTarget TARGET = new PlanTarget("https://posthog.example.test", 7L, false);

    /** The name of the catalog the planner tests sync, as written into marker lines. */
    static final String CATALOG = "test";

    private Fixtures() {}

    static ActionDefinition action(String key, String name, String event) {
        return new ActionDefinition(key, name, "Fires on " + event + ".", List.of("Auth"), "com.example.Type",
                List.of(new ActionStep(event, List.of(), null, null, null, null, null, null, null, null)));
    }

    static ActionDefinition actionWithFilter(String key, String name, String event, String property, String value) {
        PropertyFilter filter = new PropertyFilter(property, CatalogJson.mapper().getNodeFactory().stringNode(value), "exact", null);
        return new ActionDefinition(key, name, "", List.of(), "com.example.Type",
                List.of(new ActionStep(event, List.of(filter), null, null, null, null, null, null, "/app", null)));
    }

    static DestinationDefinition destination(String key, String channel, List<String> events, List<String> actions) {
        JsonNode blocks = CatalogJson.mapper().readTree(
                "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*{person.name}* signed in\"}}]");
        return new DestinationDefinition(key, "Alert " + key, "Tells ops.", channel, "PostHog: Platform Ops",
                ":key:", "{person.name} signed in", blocks, new DestinationFilters(events, actions), "once-per-person",
                new Masking(86_400, "{person.id}", null));
    }

    /**
     * Returns what PostHog stores and returns for a created Action: every step field filled with
     * null, {@code selector_regex}, {@code url_matching} defaulted, tags re-ordered, plus read-only fields.
     */
    static ObjectNode storedAction(long id, ObjectNode body) {
        ObjectNode stored = body.deepCopy();
        stored.put("id", id);
        stored.put("deleted", false);
        stored.put("bytecode_error", (String) null);
        stored.put("created_at", "2026-01-01T00:00:00Z");
        // PostHog does not keep the order of tags.
        ArrayNode tags = stored.putArray("tags");
        body.get("tags").forEach(tag -> tags.insert(0, tag));
        ArrayNode steps = stored.putArray("steps");
        for (JsonNode step : body.get("steps")) {
            ObjectNode filled = steps.addObject();
            for (String field : List.of("event", "properties", "selector", "tag_name", "text", "text_matching",
                    "href", "href_matching", "url", "url_matching")) {
                filled.set(field, step.get(field));
            }
            filled.putNull("selector_regex");
            if (filled.get("url_matching") == null || filled.get("url_matching").isNull()) {
                filled.put("url_matching", "contains");
            }
        }
        return stored;
    }

    static ObjectNode storedAction(long id, ActionDefinition action) {
        return storedAction(id, action, CATALOG);
    }

    /** Returns an Action as another catalog's sync, or a sync before catalogs were recorded (null), stored it. */
    static ObjectNode storedAction(long id, ActionDefinition action, String catalog) {
        ObjectNode body = ActionBodies.desiredBody(action, catalog == null ? CATALOG : catalog);
        if (catalog == null) {
            body.put("description", ManagedMarker.textOf(body.get("description").stringValue())
                    + "\n\n[posthog-catalog:key=" + action.key() + "]");
        }
        return storedAction(id, body);
    }

    /** Returns an Action that someone made by hand in the PostHog app: no marker, no tag. */
    static ObjectNode unmanagedAction(long id, String name) {
        ObjectNode action = CatalogJson.mapper().createObjectNode();
        action.put("id", id);
        action.put("name", name);
        action.put("description", "Made by hand.");
        action.putArray("tags");
        action.putArray("steps").addObject().put("event", "$pageview").put("url_matching", "contains");
        return action;
    }

    /**
     * Returns what PostHog stores for a created destination: {@code bytecode} and {@code order} on
     * inputs, {@code source} and {@code bytecode} on filters, {@code bytecode} on masking, the
     * template object instead of {@code template_id}.
     */
    static ObjectNode storedDestination(String id, DesiredDestination destination, Long workspace,
            Map<String, String> actionIds, Function<String, String> actionNames) {
        Function<String, String> actionId = actionIds::get;
        ObjectNode stored = DestinationBodies.createBody(destination, workspace, actionId, actionNames);
        stored.remove("template_id");
        stored.putObject("template").put("id", DestinationBodies.SLACK_TEMPLATE);
        stored.put("id", id);
        stored.put("hog", "fun send() {\n  return 1\n}\n");
        int order = 0;
        for (JsonNode input : stored.get("inputs")) {
            ((ObjectNode) input).put("order", order++);
            if (input.get("value").isString()) {
                ((ObjectNode) input).putArray("bytecode").add("_H").add(1);
            }
        }
        ObjectNode filters = (ObjectNode) stored.get("filters");
        filters.put("source", "events");
        filters.putArray("bytecode").add("_H");
        filters.putNull("bytecode_error");
        if (stored.get("masking").isObject()) {
            ((ObjectNode) stored.get("masking")).putArray("bytecode").add("_H");
            ((ObjectNode) stored.get("masking")).putNull("threshold");
        }
        return stored;
    }
}
