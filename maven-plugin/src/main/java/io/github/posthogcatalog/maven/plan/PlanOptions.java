package io.github.posthogcatalog.maven.plan;

/**
 * Choices that change what the plan does with objects outside the catalog.
 *
 * @param prune soft-delete managed objects of the synced catalogs that are no longer in them,
 *     instead of listing them as orphaned
 * @param adopt take over unmanaged Actions that have a catalog Action's name, and objects of another
 *     catalog that carry a key of the synced catalogs, instead of reporting a conflict
 */
public record PlanOptions(boolean prune, boolean adopt) {}
