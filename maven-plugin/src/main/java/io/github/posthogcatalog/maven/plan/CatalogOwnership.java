package io.github.posthogcatalog.maven.plan;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.MergedCatalog;
import io.github.posthogcatalog.catalog.SourcedCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalogs a build syncs, and the one of them that declares each Action and destination. Several
 * modules or repositories may sync different catalogs into one PostHog project, so the plan prunes
 * and orphans only objects whose marker names one of {@link #catalogs()}, and leaves the others alone.
 *
 * @param catalogs the names of the catalogs the build syncs: the project's own and its dependencies'
 * @param actions the owning catalog's name by Action key
 * @param destinations the owning catalog's name by destination key
 */
public record CatalogOwnership(Set<String> catalogs, Map<String, String> actions, Map<String, String> destinations) {

    public CatalogOwnership {
        catalogs = Set.copyOf(new TreeSet<>(Objects.requireNonNull(catalogs, "catalogs")));
        actions = Map.copyOf(Objects.requireNonNull(actions, "actions"));
        destinations = Map.copyOf(Objects.requireNonNull(destinations, "destinations"));
    }

    /** Returns the ownership of a merged catalog, from the catalogs that took part in the merge. */
    public static CatalogOwnership of(MergedCatalog merged) {
        return of(merged.sources().stream().map(SourcedCatalog::catalog).toList());
    }

    /** Returns the ownership of a build that syncs one catalog. */
    public static CatalogOwnership of(Catalog catalog) {
        return of(List.of(catalog));
    }

    private static CatalogOwnership of(List<Catalog> sources) {
        Set<String> names = new TreeSet<>();
        Map<String, String> actions = new HashMap<>();
        Map<String, String> destinations = new HashMap<>();
        for (Catalog catalog : sources) {
            names.add(catalog.name());
            for (ActionDefinition action : catalog.actions()) {
                actions.putIfAbsent(action.key(), catalog.name());
            }
            for (DestinationDefinition destination : catalog.destinations()) {
                destinations.putIfAbsent(destination.key(), catalog.name());
            }
        }
        return new CatalogOwnership(names, actions, destinations);
    }

    /** Returns whether the build syncs the catalog with this name. */
    public boolean syncs(String catalog) {
        return catalog != null && catalogs.contains(catalog);
    }

    /** Returns the name of the catalog that declares an Action. */
    public String catalogOfAction(String key) {
        return Objects.requireNonNull(actions.get(key), () -> "No catalog declares Action " + key);
    }

    /** Returns the name of the catalog that declares a destination. */
    public String catalogOfDestination(String key) {
        return Objects.requireNonNull(destinations.get(key), () -> "No catalog declares destination " + key);
    }
}
