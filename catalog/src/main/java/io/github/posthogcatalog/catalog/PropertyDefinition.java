package io.github.posthogcatalog.catalog;

import java.util.Objects;

/**
 * One property of an event or of a nested object.
 *
 * @param name the wire name
 * @param description what the property holds; may be empty
 * @param required whether every event carries it; optional properties may be absent, never null
 * @param type the property's value type
 */
public record PropertyDefinition(String name, String description, boolean required, ValueType type) {

    public PropertyDefinition {
        Objects.requireNonNull(name, "name");
        description = Objects.requireNonNullElse(description, "");
        Objects.requireNonNull(type, "type");
    }
}
