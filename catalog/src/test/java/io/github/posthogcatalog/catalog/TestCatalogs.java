package io.github.posthogcatalog.catalog;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Small, valid catalog parts for tests. */
final class TestCatalogs {

    private TestCatalogs() {}

    static ValueType string() {
        return new ValueType("string", null, "java.lang.String", List.of(), null, null, List.of());
    }

    static ValueType integer() {
        return new ValueType("integer", "int32", "int", List.of(), null, null, List.of());
    }

    static PropertyDefinition property(String name, boolean required, ValueType type) {
        return new PropertyDefinition(name, "The " + name + ".", required, type);
    }

    static EventDefinition event(String name, PropertyDefinition... properties) {
        List<PropertyDefinition> list = List.of(properties);
        return new EventDefinition(name, "Event " + name + ".", "platform-ops", List.of("ops"),
                "com.example.Events." + name.replace('-', '_'), list, EventSchemas.of(list));
    }

    static ActionDefinition action(String key, String name, String event) {
        ActionStep step = new ActionStep(event, List.of(), null, null, null, null, null, null, null, null);
        return new ActionDefinition(key, name, "", List.of("posthog-catalog"), "com.example.Actions", List.of(step));
    }

    static DestinationDefinition destination(String key, List<String> events, List<String> actions) {
        JsonNode blocks = JsonNodeFactory.instance.arrayNode().add(
                JsonNodeFactory.instance.objectNode().put("type", "section"));
        return new DestinationDefinition(key, "Alert " + key, "", "#ops-production", "PostHog: Platform Ops",
                ":speech_balloon:", "{person.name} sent a message", blocks,
                new DestinationFilters(events, actions), "every-time", null);
    }

    static Catalog catalog(String name, List<EventDefinition> events, List<ActionDefinition> actions,
            List<DestinationDefinition> destinations) {
        return new Catalog(Catalog.FORMAT_VERSION, name, events, actions, destinations);
    }

    static Catalog catalogWithEvents(String name, EventDefinition... events) {
        return catalog(name, List.of(events), List.of(), List.of());
    }
}
