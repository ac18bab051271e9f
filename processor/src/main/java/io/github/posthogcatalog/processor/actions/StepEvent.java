package io.github.posthogcatalog.processor.actions;

import io.github.posthogcatalog.catalog.EventDefinition;
import io.github.posthogcatalog.catalog.PropertyDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The event an Action step matches, with what is known about its properties.
 *
 * @param wireName the event name, or null when the step matches any event
 * @param definition the catalog's definition of the event, or null for PostHog's own events and
 *     for steps that match any event
 */
public record StepEvent(String wireName, EventDefinition definition) {

    /** Returns the event of a step whose {@code event} field is {@code wireName} (null for any event). */
    public static StepEvent resolve(String wireName, EventLookup events) {
        if (wireName == null) {
            return new StepEvent(null, null);
        }
        return new StepEvent(wireName, events.byWireName(wireName).orElse(null));
    }

    /**
     * Returns whether events matched here carry property {@code key}: a declared property of a
     * catalog event, or one of PostHog's own properties on PostHog's own events and on steps that
     * match any event.
     */
    public boolean carries(String key) {
        if (definition != null) {
            return property(key).isPresent();
        }
        return PostHogTaxonomy.isPostHogProperty(key);
    }

    /** Returns the declared property {@code key} of a catalog event. */
    public Optional<PropertyDefinition> property(String key) {
        if (definition == null) {
            return Optional.empty();
        }
        return definition.properties().stream().filter(property -> property.name().equals(key)).findFirst();
    }

    /** Returns the names a message can list as this event's properties. */
    public String propertyNames() {
        if (definition == null) {
            return "PostHog's own, such as $current_url, $pathname and $browser";
        }
        List<String> names = definition.properties().stream().map(PropertyDefinition::name).toList();
        return names.isEmpty() ? "none" : names.toString();
    }

    /** Describes the event for messages, such as {@code event "espi-message"}. */
    public String describe() {
        if (wireName == null) {
            return "any event (the step names no event)";
        }
        return definition == null ? "PostHog's event \"" + wireName + "\"" : "event \"" + wireName + "\"";
    }
}
