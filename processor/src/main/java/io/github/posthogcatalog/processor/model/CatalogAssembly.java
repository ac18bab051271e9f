package io.github.posthogcatalog.processor.model;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.EventDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects what one compilation declares (events, Actions and Slack destinations) and builds the
 * catalog from it in the final round. The events come from the {@link EventRegistry}; the Action
 * and alert steps add their definitions here.
 */
public final class CatalogAssembly {

    private final EventRegistry events;
    private final List<ActionDefinition> actions = new ArrayList<>();
    private final List<DestinationDefinition> destinations = new ArrayList<>();

    public CatalogAssembly(EventRegistry events) {
        this.events = events;
    }

    /** Returns the registry of events seen so far. */
    public EventRegistry events() {
        return events;
    }

    /** Adds a validated Action. */
    public void addAction(ActionDefinition action) {
        actions.add(action);
    }

    /** Adds a validated Slack destination. */
    public void addDestination(DestinationDefinition destination) {
        destinations.add(destination);
    }

    /** Returns whether there is nothing to write. */
    public boolean isEmpty() {
        return events.isEmpty() && actions.isEmpty() && destinations.isEmpty();
    }

    /** Builds the catalog with events sorted by wire name and Actions and destinations by key. */
    public Catalog build(CatalogSettings settings) {
        List<EventDefinition> eventDefinitions =
                events.events().stream().map(EventModel::definition).toList();
        List<ActionDefinition> sortedActions =
                actions.stream().sorted(Comparator.comparing(ActionDefinition::key)).toList();
        List<DestinationDefinition> sortedDestinations =
                destinations.stream().sorted(Comparator.comparing(DestinationDefinition::key)).toList();
        return new Catalog(
                Catalog.FORMAT_VERSION, settings.name(), eventDefinitions, sortedActions, sortedDestinations);
    }
}
