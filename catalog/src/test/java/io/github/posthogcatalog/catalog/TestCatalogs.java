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

    /** An event with every kind of property: nested record, list of records, map, enum, optional. */
    static EventDefinition orderPlaced() {
        ValueType tier = new ValueType("string", null, "com.example.Tier", List.of("GOLD", "SILVER"), null, null, List.of());
        ValueType customer = new ValueType("object", null, "com.example.Customer", List.of(), null, null, List.of(
                property("email", true, string()),
                property("tier", true, tier)));
        ValueType item = new ValueType("object", null, "com.example.Item", List.of(), null, null, List.of(
                property("quantity", true, integer()),
                property("sku", true, string())));
        ValueType items = new ValueType("array", null, "java.util.List<com.example.Item>", List.of(), item, null, List.of());
        ValueType metadata = new ValueType("object", null, "java.util.Map<java.lang.String, java.lang.String>",
                List.of(), null, string(), List.of());
        ValueType placedAt = new ValueType("string", "date-time", "java.time.Instant", List.of(), null, null, List.of());
        ValueType total = new ValueType("number", "double", "double", List.of(), null, null, List.of());
        return event("order-placed",
                property("coupon", false, string()),
                property("customer", true, customer),
                property("items", true, items),
                property("metadata", false, metadata),
                property("placed_at", true, placedAt),
                property("total", true, total));
    }

    /** A catalog that uses every part of the format. */
    static Catalog full() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        PropertyFilter bigTotal = new PropertyFilter("total", nodes.numberNode(100), "gte", "event");
        PropertyFilter country = new PropertyFilter("country", nodes.arrayNode().add("DE").add("FR"), "exact", "person");
        PropertyFilter hasCoupon = new PropertyFilter("coupon", null, "is_set", "event");
        ActionStep orderStep = new ActionStep("order-placed", List.of(bigTotal, country, hasCoupon),
                null, null, null, null, null, null, null, null);
        ActionStep clickStep = new ActionStep("$autocapture", List.of(), "button.buy", "button", "Buy", "exact",
                "/checkout", "contains", "https://shop\\.example/.*", "regex");
        ActionDefinition bigOrder = new ActionDefinition("big-order", "Shop: Big Order", "An order over 100.",
                List.of("posthog-catalog", "shop"), "com.example.BigOrder", List.of(orderStep, clickStep));

        JsonNode blocks = nodes.arrayNode().add(nodes.objectNode()
                .put("type", "section")
                .set("text", nodes.objectNode().put("type", "mrkdwn").put("text", "*{person.name}* placed an order")));
        DestinationDefinition perPerson = new DestinationDefinition("big-order-alert", "Big order", "Tells sales.",
                "#sales", "PostHog: Shop", ":moneybag:", "{person.name} placed a big order", blocks,
                new DestinationFilters(List.of(), List.of("big-order")), "once-per-person",
                new Masking(3600, "{person.id}", 1000));
        DestinationDefinition everyOrder = new DestinationDefinition("every-order", "Every order", "",
                "C0123ABCD", null, null, "New order", null,
                new DestinationFilters(List.of("order-placed"), List.of()), "every-time", null);

        return catalog("shop", List.of(orderPlaced(), event("session-started")), List.of(bigOrder),
                List.of(perPerson, everyOrder));
    }

    static Catalog catalogWithEvents(String name, EventDefinition... events) {
        return catalog(name, List.of(events), List.of(), List.of());
    }
}
