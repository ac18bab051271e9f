package io.github.posthogcatalog.maven.docs;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.ActionStep;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.EventDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The cross references of a catalog, in both directions: which Actions match an event, which alerts
 * fire on an event or an Action, and which events an Action groups. Actions name events in their
 * steps; alerts name events by wire name and Actions by key in their filters.
 */
public final class CatalogIndex {

    private final Catalog catalog;
    private final Map<String, EventDefinition> eventsByName;
    private final Map<String, ActionDefinition> actionsByKey;
    private final Map<String, DestinationDefinition> alertsByKey;

    /**
     * Indexes a catalog.
     *
     * @throws IllegalArgumentException when two events share a wire name, or two Actions or two
     *     alerts share a key, because their anchors and links would be ambiguous
     */
    public CatalogIndex(Catalog catalog) {
        this.catalog = catalog;
        this.eventsByName = byUniqueKey(catalog.events(), EventDefinition::name, "event name");
        this.actionsByKey = byUniqueKey(catalog.actions(), ActionDefinition::key, "Action key");
        this.alertsByKey = byUniqueKey(catalog.destinations(), DestinationDefinition::key, "Slack alert key");
    }

    private static <T> Map<String, T> byUniqueKey(List<T> items, Function<T, String> key, String keyKind) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            T previous = map.putIfAbsent(key.apply(item), item);
            if (previous != null) {
                throw new IllegalArgumentException(
                        "Duplicate " + keyKind + " '" + key.apply(item) + "' in the catalog. Rename one of the two declarations.");
            }
        }
        return map;
    }

    /** Returns the indexed catalog. */
    public Catalog catalog() {
        return catalog;
    }

    /** Returns the event with this wire name, if the catalog declares it. */
    public Optional<EventDefinition> event(String name) {
        return Optional.ofNullable(eventsByName.get(name));
    }

    /** Returns the Action with this key, if the catalog declares it. */
    public Optional<ActionDefinition> action(String key) {
        return Optional.ofNullable(actionsByKey.get(key));
    }

    /** Returns the Actions with at least one step on this event, in catalog order. */
    public List<ActionDefinition> actionsMatching(String eventName) {
        List<ActionDefinition> matching = new ArrayList<>();
        for (ActionDefinition action : catalog.actions()) {
            if (eventNamesOf(action).contains(eventName)) {
                matching.add(action);
            }
        }
        return matching;
    }

    /** Returns the distinct event names that the steps of an Action name, in step order. */
    public static List<String> eventNamesOf(ActionDefinition action) {
        Set<String> names = new LinkedHashSet<>();
        for (ActionStep step : action.steps()) {
            if (step.event() != null) {
                names.add(step.event());
            }
        }
        return List.copyOf(names);
    }

    /** Returns the alerts whose filters name this event directly, in catalog order. */
    public List<DestinationDefinition> alertsOnEvent(String eventName) {
        return catalog.destinations().stream()
                .filter(alert -> alert.filters().events().contains(eventName))
                .toList();
    }

    /** Returns the alerts whose filters name this Action, in catalog order. */
    public List<DestinationDefinition> alertsOnAction(String actionKey) {
        return catalog.destinations().stream()
                .filter(alert -> alert.filters().actions().contains(actionKey))
                .toList();
    }

    /**
     * Returns every alert that an event can fire: those that name it, then those that name an Action
     * matching it. An alert reached both ways is listed once, as direct.
     */
    public List<AlertReference> alertsFiredBy(String eventName) {
        Map<String, AlertReference> references = new LinkedHashMap<>();
        for (DestinationDefinition alert : alertsOnEvent(eventName)) {
            references.put(alert.key(), new AlertReference(alert, null));
        }
        for (ActionDefinition action : actionsMatching(eventName)) {
            for (DestinationDefinition alert : alertsOnAction(action.key())) {
                references.putIfAbsent(alert.key(), new AlertReference(alert, action));
            }
        }
        return List.copyOf(references.values());
    }

    /**
     * An alert that an event fires.
     *
     * @param alert the alert
     * @param viaAction the Action through which the event fires it, or null when the alert names the
     *     event itself
     */
    public record AlertReference(DestinationDefinition alert, ActionDefinition viaAction) {}
}
