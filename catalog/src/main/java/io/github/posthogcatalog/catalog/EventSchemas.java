package io.github.posthogcatalog.catalog;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds the JSON Schema (draft 2020-12) of an event's properties object. */
public final class EventSchemas {

    /** The dialect every generated schema declares. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventSchemas() {}

    /** Returns the schema of an object with the given properties; unknown keys are allowed. */
    public static ObjectNode of(List<PropertyDefinition> properties) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.setAll(objectSchema(properties));
        return schema;
    }

    private static ObjectNode objectSchema(List<PropertyDefinition> properties) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        ObjectNode propertySchemas = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (PropertyDefinition property : properties) {
            ObjectNode propertySchema = valueSchema(property.type());
            if (!property.description().isEmpty()) {
                propertySchema.put("description", property.description());
            }
            propertySchemas.set(property.name(), propertySchema);
            if (property.required()) {
                required.add(property.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private static ObjectNode valueSchema(ValueType type) {
        if (!type.properties().isEmpty() || ("object".equals(type.jsonType()) && type.values() == null)) {
            return objectSchema(type.properties());
        }
        ObjectNode schema = NODES.objectNode();
        schema.put("type", type.jsonType());
        if (type.format() != null) {
            schema.put("format", type.format());
        }
        if (!type.enumValues().isEmpty()) {
            ArrayNode values = schema.putArray("enum");
            type.enumValues().forEach(values::add);
        }
        if (type.items() != null) {
            schema.set("items", valueSchema(type.items()));
        }
        if (type.values() != null) {
            schema.set("additionalProperties", valueSchema(type.values()));
        }
        return schema;
    }
}
