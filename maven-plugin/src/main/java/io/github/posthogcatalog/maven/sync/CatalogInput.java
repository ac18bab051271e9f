package io.github.posthogcatalog.maven.sync;

import io.github.posthogcatalog.catalog.CatalogLocator;
import io.github.posthogcatalog.catalog.CatalogMerger;
import io.github.posthogcatalog.catalog.MergedCatalog;
import io.github.posthogcatalog.catalog.SourcedCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the catalog the sync works from: the project's own {@code META-INF/posthog/catalog.json} in
 * its class output, plus the catalog of every dependency on the class path, merged. A malformed
 * catalog fails with its path and JSON path; a duplicate event with different properties, or an
 * Action declared twice, fails naming both sources (both checked by {@link CatalogMerger}).
 */
public final class CatalogInput {

    private CatalogInput() {}

    /**
     * Reads and merges the catalogs of a class path.
     *
     * @param classPath the project's class output first, then its dependencies
     * @return the merged catalog, or empty when no entry has a catalog
     */
    public static Optional<MergedCatalog> read(List<Path> classPath) {
        List<SourcedCatalog> catalogs = CatalogLocator.locate(classPath);
        if (catalogs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CatalogMerger.merge(catalogs));
    }
}
