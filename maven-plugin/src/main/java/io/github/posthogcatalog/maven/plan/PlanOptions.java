package io.github.posthogcatalog.maven.plan;

/**
 * Choices that change what the plan does with objects outside the catalog.
 *
 * @param prune soft-delete managed objects that are no longer in the catalog, instead of listing
 *     them as orphaned
 * @param adopt take over unmanaged Actions that have a catalog Action's name, instead of reporting
 *     a conflict
 */
public record PlanOptions(boolean prune, boolean adopt) {}
