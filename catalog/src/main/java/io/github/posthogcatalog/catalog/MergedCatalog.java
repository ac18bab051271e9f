package io.github.posthogcatalog.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The project's catalog merged with its dependencies' catalogs, as built by
 * {@link CatalogMerger#merge(List)}.
 *
 * @param catalog every event, Action and destination once, sorted; named after the first input
 *     catalog, which is the project's own
 * @param sources the input catalogs that took part, in input order, without exact duplicates
 * @param warnings differences that did not stop the merge, such as one event documented
 *     differently in two catalogs. Each is a complete sentence for a build log.
 */
public record MergedCatalog(Catalog catalog, List<SourcedCatalog> sources, List<String> warnings) {

    public MergedCatalog {
        Objects.requireNonNull(catalog, "catalog");
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }

    /** Returns the source of the first catalog that declares the event with this wire name. */
    public Optional<String> sourceOfEvent(String name) {
        return firstSource(c -> c.events().stream().anyMatch(e -> e.name().equals(name)));
    }

    /** Returns the source of the catalog that declares the Action with this key. */
    public Optional<String> sourceOfAction(String key) {
        return firstSource(c -> c.actions().stream().anyMatch(a -> a.key().equals(key)));
    }

    /** Returns the source of the catalog that declares the destination with this key. */
    public Optional<String> sourceOfDestination(String key) {
        return firstSource(c -> c.destinations().stream().anyMatch(d -> d.key().equals(key)));
    }

    private Optional<String> firstSource(Predicate<Catalog> declares) {
        return sources.stream()
                .filter(sourced -> declares.test(sourced.catalog()))
                .map(SourcedCatalog::source)
                .findFirst();
    }
}
