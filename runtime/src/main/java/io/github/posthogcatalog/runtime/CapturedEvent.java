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

    public CapturedEvent {
        Objects.requireNonNull(event, "event");
        distinctId = DistinctIds.require(distinctId);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }
}
