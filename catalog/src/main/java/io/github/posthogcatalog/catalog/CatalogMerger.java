package io.github.posthogcatalog.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Merges the project's catalog with its dependencies' catalogs into one view for planning and docs.
 *
 * <p>Rules:
 * <ul>
 *   <li>A catalog equal to one seen before (a shared dependency reached twice) is skipped.
 *   <li>An event may be declared in several catalogs when every declaration sends the same
 *       properties. Declarations that differ only in documentation (description, owner, tags, Java
 *       type names) are merged with a warning, keeping the first. Any other difference fails and
 *       names both sources and the first differing property.
 *   <li>Action keys and Action names are unique across all catalogs, because both identify one
 *       PostHog object. Destination keys likewise.
 *   <li>Every Action key in a destination's filters must be declared in some catalog.
 * </ul>
 * The merged lists are sorted: events by wire name, Actions and destinations by key.
 */
public final class CatalogMerger {

    private CatalogMerger() {}

    /**
     * Merges catalogs.
     *
     * @param catalogs the project's own catalog first (if it has one), then its dependencies'
     * @return the merged view
     * @throws CatalogMergeException when two catalogs conflict, naming both sources
     */
    public static MergedCatalog merge(List<SourcedCatalog> catalogs) {
        List<SourcedCatalog> distinct = withoutDuplicates(catalogs);
        List<String> warnings = new ArrayList<>();

        List<EventDefinition> events = mergeEvents(distinct, warnings);
        List<ActionDefinition> actions = mergeActions(distinct);
        List<DestinationDefinition> destinations = mergeDestinations(distinct);
        checkActionReferences(distinct, actions);

        String name = distinct.isEmpty() ? "" : distinct.get(0).catalog().name();
        Catalog merged = new Catalog(Catalog.FORMAT_VERSION, name, events, actions, destinations);
        return new MergedCatalog(merged, distinct, warnings);
    }

    private static List<SourcedCatalog> withoutDuplicates(List<SourcedCatalog> catalogs) {
        List<SourcedCatalog> distinct = new ArrayList<>();
        for (SourcedCatalog candidate : catalogs) {
            boolean seen = distinct.stream().anyMatch(kept -> kept.catalog().equals(candidate.catalog()));
            if (!seen) {
                distinct.add(candidate);
            }
        }
        return distinct;
    }

    private static List<EventDefinition> mergeEvents(List<SourcedCatalog> catalogs, List<String> warnings) {
        Map<String, EventDefinition> events = new TreeMap<>();
        Map<String, String> sources = new HashMap<>();
        for (SourcedCatalog sourced : catalogs) {
            for (EventDefinition event : sourced.catalog().events()) {
                EventDefinition earlier = events.putIfAbsent(event.name(), event);
                if (earlier == null) {
                    sources.put(event.name(), sourced.source());
                } else if (!earlier.equals(event)) {
                    compareDeclarations(earlier, sources.get(event.name()), event, sourced.source(), warnings);
                }
            }
        }
        return List.copyOf(events.values());
    }

    private static void compareDeclarations(
            EventDefinition kept, String keptSource, EventDefinition other, String otherSource,
            List<String> warnings) {
        Optional<String> difference = EventDifference.first(kept, keptSource, other, otherSource);
        if (difference.isPresent()) {
            throw new CatalogMergeException("Event '" + kept.name() + "' is declared differently in "
                    + keptSource + " and " + otherSource + ": " + difference.get()
                    + ". Declare the event in one module and depend on it, or give one of them another name.");
        }
        warnings.add("Event '" + kept.name() + "' is declared in " + keptSource + " and " + otherSource
                + " with the same properties but different documentation; the merged catalog uses "
                + keptSource + ".");
    }

    private static List<ActionDefinition> mergeActions(List<SourcedCatalog> catalogs) {
        Map<String, String> keySources = new HashMap<>();
        Map<String, String> nameSources = new HashMap<>();
        List<ActionDefinition> actions = new ArrayList<>();
        for (SourcedCatalog sourced : catalogs) {
            for (ActionDefinition action : sourced.catalog().actions()) {
                claim(keySources, action.key(), sourced.source(), "Action key");
                claim(nameSources, action.name(), sourced.source(), "Action name");
                actions.add(action);
            }
        }
        actions.sort(Comparator.comparing(ActionDefinition::key));
        return actions;
    }

    private static List<DestinationDefinition> mergeDestinations(List<SourcedCatalog> catalogs) {
        Map<String, String> keySources = new HashMap<>();
        List<DestinationDefinition> destinations = new ArrayList<>();
        for (SourcedCatalog sourced : catalogs) {
            for (DestinationDefinition destination : sourced.catalog().destinations()) {
                claim(keySources, destination.key(), sourced.source(), "Destination key");
                destinations.add(destination);
            }
        }
        destinations.sort(Comparator.comparing(DestinationDefinition::key));
        return destinations;
    }

    // Records the source that declares a unique value, or fails when an earlier source has it.
    private static void claim(Map<String, String> owners, String value, String source, String kind) {
        String earlier = owners.putIfAbsent(value, source);
        if (earlier != null) {
            throw new CatalogMergeException(kind + " '" + value + "' is declared in both " + earlier
                    + " and " + source + ". It identifies one PostHog object, so it must be unique"
                    + " across the project and its dependencies; rename one of them.");
        }
    }

    private static void checkActionReferences(List<SourcedCatalog> catalogs, List<ActionDefinition> actions) {
        List<String> keys = actions.stream().map(ActionDefinition::key).toList();
        for (SourcedCatalog sourced : catalogs) {
            for (DestinationDefinition destination : sourced.catalog().destinations()) {
                for (String key : destination.filters().actions()) {
                    if (!keys.contains(key)) {
                        throw new CatalogMergeException("Destination '" + destination.key() + "' in "
                                + sourced.source() + " is triggered by Action '" + key
                                + "', which no catalog declares. Declare the Action, or add the module"
                                + " that declares it as a dependency.");
                    }
                }
            }
        }
    }
}
