package io.github.posthogcatalog.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events validated so far in this compilation, across rounds. Steps that refer to events, such
 * as {@code @Action} steps and {@code @SlackAlert} filters, look them up here by wire name or by
 * the qualified name of the declaring type.
 */
public final class EventRegistry {

    private final Map<String, EventModel> byWireName = new LinkedHashMap<>();
    private final Map<String, EventModel> byTypeName = new LinkedHashMap<>();

    /**
     * Adds an event. The caller has checked that no other event uses its wire name.
     *
     * @throws IllegalArgumentException when the wire name or the type is already registered
     */
    public void add(EventModel event) {
        if (byWireName.containsKey(event.wireName()) || byTypeName.containsKey(event.qualifiedName())) {
            throw new IllegalArgumentException("event already registered: " + event.wireName());
        }
        byWireName.put(event.wireName(), event);
        byTypeName.put(event.qualifiedName(), event);
    }

    /** Returns the event with the given wire name, such as {@code espi-message}. */
    public Optional<EventModel> byWireName(String wireName) {
        return Optional.ofNullable(byWireName.get(wireName));
    }

    /** Returns the event declared by the type with the given qualified name. */
    public Optional<EventModel> byTypeName(String qualifiedName) {
        return Optional.ofNullable(byTypeName.get(qualifiedName));
    }

    /** Returns every event, sorted by wire name. */
    public List<EventModel> events() {
        List<EventModel> events = new ArrayList<>(byWireName.values());
        events.sort(Comparator.comparing(EventModel::wireName));
        return events;
    }

    /** Returns whether no event has been registered. */
    public boolean isEmpty() {
        return byWireName.isEmpty();
    }
}
