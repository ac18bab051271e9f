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
 * @param event the event's wire name
 * @param distinctId the PostHog distinct id of the person or system that caused the event
 * @param properties the properties by wire name, in declaration order
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
     * change an event that is queued or recorded.
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
        properties = Collections.unmodifiableMap(
                new LinkedHashMap<>(Objects.requireNonNull(properties, "properties")));
        groups = Collections.unmodifiableMap(
                new LinkedHashMap<>(Objects.requireNonNull(groups, "groups")));
    }
}
