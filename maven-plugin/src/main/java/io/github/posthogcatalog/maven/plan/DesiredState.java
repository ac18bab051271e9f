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
 */
public record DesiredState(
        Map<String, ActionDefinition> actions,
        Map<String, DesiredDestination> destinations,
        Long slackWorkspace) {

    public DesiredState {
        actions = new TreeMap<>(Objects.requireNonNull(actions, "actions"));
        destinations = new TreeMap<>(Objects.requireNonNull(destinations, "destinations"));
    }
}
