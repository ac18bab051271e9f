package io.github.posthogcatalog.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * An event as declared with {@code @Event}.
 *
 * @param name the wire name, byte for byte as sent to PostHog
 * @param description what the event means; may be empty
 * @param owner who owns the event; may be empty
 * @param tags free-form tags, sorted
 * @param javaType the fully qualified name of the declaring Java type
 * @param properties the properties, sorted by wire name
 * @param schema a JSON Schema (draft 2020-12) of the event's properties object, as built by
 *     {@link EventSchemas#of(List)}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventDefinition(
        String name,
        String description,
        String owner,
        List<String> tags,
        String javaType,
        List<PropertyDefinition> properties,
        JsonNode schema) {

    public EventDefinition {
        Objects.requireNonNull(name, "name");
        description = Objects.requireNonNullElse(description, "");
        owner = Objects.requireNonNullElse(owner, "");
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
        properties = List.copyOf(Objects.requireNonNullElse(properties, List.of()));
        schema = CatalogNodes.nullToAbsent(schema);
    }
}
