package io.github.posthogcatalog.catalog;

import java.util.Objects;

/**
 * A catalog with the place it was read from.
 *
 * @param source a human-readable location: a file path, or {@code JAR!/META-INF/posthog/catalog.json}
 *     for a catalog inside a jar
 * @param catalog the catalog read there
 */
public record SourcedCatalog(String source, Catalog catalog) {

    public SourcedCatalog {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(catalog, "catalog");
    }
}
