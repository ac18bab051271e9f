package io.github.posthogcatalog.processor.model;

import com.palantir.javapoet.ClassName;
import io.github.posthogcatalog.catalog.EventDefinition;
import io.github.posthogcatalog.catalog.EventSchemas;
import io.github.posthogcatalog.catalog.PropertyDefinition;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One validated {@code @Event} declaration: everything code generation and the catalog need, with
 * no reference to javac's elements.
 *
 * @param wireName the event name sent to PostHog, byte for byte
 * @param description what the event means; may be empty
 * @param owner who owns the event; may be empty
 * @param tags the tags, sorted
 * @param type the declaring record or interface
 * @param properties the properties in declaration order
 * @param groups the {@code @Group} members in declaration order
 * @param timestamp the {@code @Timestamp} member, or null when the event has none
 */
public record EventModel(
        String wireName,
        String description,
        String owner,
        List<String> tags,
        ClassName type,
        List<PropertyModel> properties,
        List<GroupModel> groups,
        TimestampModel timestamp) {

    public EventModel {
        Objects.requireNonNull(wireName, "wireName");
        description = Objects.requireNonNullElse(description, "");
        owner = Objects.requireNonNullElse(owner, "");
        tags = tags.stream().sorted().toList();
        Objects.requireNonNull(type, "type");
        properties = List.copyOf(properties);
        groups = List.copyOf(groups);
    }

    /** Returns the fully qualified name of the declaring type, such as {@code com.acme.Signup}. */
    public String qualifiedName() {
        return type.canonicalName();
    }

    /** Returns the property with the given wire name, if the event has one. */
    public Optional<PropertyModel> property(String wireName) {
        return properties.stream().filter(p -> p.wireName().equals(wireName)).findFirst();
    }

    /** Returns the event as the catalog stores it, with properties sorted by wire name. */
    public EventDefinition definition() {
        List<PropertyDefinition> sorted = properties.stream()
                .map(PropertyModel::definition)
                .sorted(Comparator.comparing(PropertyDefinition::name))
                .toList();
        return new EventDefinition(
                wireName, description, owner, tags, qualifiedName(), sorted, EventSchemas.of(sorted));
    }
}
