package io.github.posthogcatalog.catalog;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One module's catalog, as written to {@code META-INF/posthog/catalog.json}: its events, the PostHog
 * Actions that group them and the Slack destinations that announce them.
 *
 * @param formatVersion the version of this file format; readers reject versions they do not know
 * @param name the catalog's name, from {@code @Catalog}
 * @param events the events, sorted by wire name
 * @param actions the Actions, sorted by key
 * @param destinations the Slack destinations, sorted by key
 */
@JsonPropertyOrder({"formatVersion", "name", "events", "actions", "destinations"})
public record Catalog(
        int formatVersion,
        String name,
        List<EventDefinition> events,
        List<ActionDefinition> actions,
        List<DestinationDefinition> destinations) {

    /** The format version this library writes and the only one it reads. */
    public static final int FORMAT_VERSION = 1;

    /** The location of the catalog in a class output folder or a jar. */
    public static final String RESOURCE_PATH = "META-INF/posthog/catalog.json";

    public Catalog {
        Objects.requireNonNull(name, "name");
        events = List.copyOf(Objects.requireNonNullElse(events, List.of()));
        actions = List.copyOf(Objects.requireNonNullElse(actions, List.of()));
        destinations = List.copyOf(Objects.requireNonNullElse(destinations, List.of()));
    }
}
