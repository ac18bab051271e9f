package io.github.posthogcatalog.runtime;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event on its way to PostHog, with its property values already in their wire form: strings,
 * booleans, {@link Long}, {@link Integer}, {@link Double}, nested {@link Map}s and
 * {@link java.util.List}s of those. Generated emitters build it; sinks send or record it.
 *
 * <p>Its maps are unmodifiable and keep the order of the maps they came from. Only the top level
 * is copied: a nested map or list stays the caller's object.
 *
 * @param event the event's wire name
 * @param distinctId the PostHog distinct id of the person or system that caused the event
 * @param properties the properties by wire name; generated emitters send them in declaration order
 * @param groups group keys by group type, sent as {@code $groups}; empty when the event has none
 * @param timestamp when the event happened, or null for the time of sending
 */
public record CapturedEvent(
        String event,
        String distinctId,
        Map<String, Object> properties,
        Map<String, String> groups,
        Instant timestamp) {

    /**
     * Checks the event and copies its maps, so that later changes to the caller's maps do not
     * change an event that is queued or recorded. The maps of another event are shared, not copied,
     * because they cannot change.
     *
     * @throws IllegalArgumentException when the distinct id is null or blank, or the event name is
     *     blank; see {@link DistinctIds#require(String)}
     * @throws NullPointerException when the event name, properties or groups are null
     */
    public CapturedEvent {
        Objects.requireNonNull(event, "event name");
        if (event.isBlank()) {
            throw new IllegalArgumentException("event name is blank: give the event's wire name");
        }
        distinctId = DistinctIds.require(distinctId);
        properties = unmodifiable(Objects.requireNonNull(properties, "properties"));
        groups = unmodifiable(Objects.requireNonNull(groups, "groups"));
    }

    /**
     * Makes an event that takes its maps over instead of copying them, for generated emitters,
     * which build fresh maps for each event. The event still exposes the maps unmodifiable, and runs
     * the same checks as the constructor, with the same exceptions.
     *
     * <p>The caller must not keep, change or pass on either map after this call: the event, and the
     * sink that it is sent to, read them later, possibly on another thread.
     *
     * @param event the event's wire name
     * @param distinctId the PostHog distinct id of the person or system that caused the event
     * @param properties the properties by wire name, in the order to send them; taken over
     * @param groups group keys by group type; taken over
     * @param timestamp when the event happened, or null for the time of sending
     * @throws IllegalArgumentException when the distinct id is null or blank, or the event name is
     *     blank
     * @throws NullPointerException when the event name, properties or groups are null
     */
    public static CapturedEvent handOver(String event, String distinctId,
            Map<String, Object> properties, Map<String, String> groups, Instant timestamp) {
        return new CapturedEvent(event, distinctId, takeOver(properties), takeOver(groups),
                timestamp);
    }

    /**
     * Wraps a handed-over map in a view, which the constructor keeps as it is. Null, empty and
     * already wrapped maps pass through unchanged: the constructor throws for null and replaces
     * an empty map with the shared empty map.
     */
    private static <V> Map<String, V> takeOver(Map<String, V> map) {
        if (map == null || map.isEmpty() || map instanceof OwnedMapView) {
            return map;
        }
        return new OwnedMapView<>(map);
    }

    /**
     * Returns the map as the event keeps it: the shared empty map, or an unmodifiable view over a
     * map that only the view holds.
     */
    private static <V> Map<String, V> unmodifiable(Map<String, V> map) {
        if (map instanceof OwnedMapView) {
            return map;
        }
        if (map.isEmpty()) {
            // Costs no allocation, which matters because most events have no groups.
            return Collections.emptyMap();
        }
        return new OwnedMapView<>(new LinkedHashMap<>(map));
    }
}
