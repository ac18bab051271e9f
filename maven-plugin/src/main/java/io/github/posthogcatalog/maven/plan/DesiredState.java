package io.github.posthogcatalog.maven.plan;

import io.github.posthogcatalog.catalog.ActionDefinition;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the catalog wants in PostHog, keyed by catalog key, with every value that depends on the
 * project already resolved (the Slack workspace and channel ids).
 *
 * @param actions the catalog's Actions by key
 * @param destinations the catalog's destinations by key
 * @param slackWorkspace the id of the project's Slack integration, or null when the catalog has no
 *     destinations or the plan is made without a project
 * @param ownership the catalogs the build syncs, and the catalog that declares each object
 */
public record DesiredState(
        Map<String, ActionDefinition> actions,
        Map<String, DesiredDestination> destinations,
        Long slackWorkspace,
        CatalogOwnership ownership) {

    public DesiredState {
        actions = new TreeMap<>(Objects.requireNonNull(actions, "actions"));
        destinations = new TreeMap<>(Objects.requireNonNull(destinations, "destinations"));
        Objects.requireNonNull(ownership, "ownership");
    }

    /** Returns the name of the catalog that declares an Action, for its marker line. */
    public String catalogOfAction(String key) {
        return ownership.catalogOfAction(key);
    }

    /** Returns the name of an Action of the catalog, by key. */
    public String actionName(String key) {
        ActionDefinition action = actions.get(key);
        return action == null ? null : action.name();
    }
}
