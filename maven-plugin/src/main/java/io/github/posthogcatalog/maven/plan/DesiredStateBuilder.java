package io.github.posthogcatalog.maven.plan;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.MergedCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a merged catalog into the {@link DesiredState}: checks that every key fits the marker line,
 * that Action names are unique and that destinations refer to known Actions, and resolves every
 * Slack channel. All faults are collected and raised together, before anything is written.
 */
public final class DesiredStateBuilder {

    private DesiredStateBuilder() {}

    /**
     * Builds the desired state of the project's catalog merged with its dependencies' catalogs; each
     * object is owned by the input catalog that declares it.
     *
     * @param merged the merged catalog of the project and its dependencies
     * @param channels resolves Slack channels, or null to keep channels as written (plan without a project)
     * @param slackWorkspace the Slack integration id, or null when not configured
     * @throws PlanningException listing every fault found
     */
    public static DesiredState build(MergedCatalog merged, ChannelResolver channels, Long slackWorkspace) {
        return build(merged.catalog(), CatalogOwnership.of(merged), channels, slackWorkspace);
    }

    /**
     * Builds the desired state of a single catalog, which owns every object in it.
     *
     * @throws PlanningException listing every fault found
     */
    public static DesiredState build(Catalog catalog, ChannelResolver channels, Long slackWorkspace) {
        return build(catalog, CatalogOwnership.of(catalog), channels, slackWorkspace);
    }

    private static DesiredState build(Catalog catalog, CatalogOwnership ownership, ChannelResolver channels,
            Long slackWorkspace) {
        List<String> errors = new ArrayList<>();
        for (String name : ownership.catalogs()) {
            if (!ManagedMarker.isValidCatalog(name)) {
                errors.add("The catalog name '" + name + "' cannot be stored in the marker line: a catalog name is 1 to "
                        + ManagedMarker.MAX_CATALOG_CHARS + " characters and not blank. Shorten the name in @Catalog.");
            }
        }
        Map<String, ActionDefinition> actions = actions(catalog, errors);
        Map<String, DesiredDestination> destinations = new LinkedHashMap<>();

        for (DestinationDefinition destination : catalog.destinations()) {
            checkKey("destination", destination.key(), destination.name(), errors);
            if (destinations.containsKey(destination.key())) {
                errors.add("Two destinations have the key '" + destination.key() + "'. Give one of them another key.");
            }
            for (String actionKey : destination.filters().actions()) {
                if (!actions.containsKey(actionKey)) {
                    errors.add("Destination '" + destination.name() + "' is triggered by Action key '" + actionKey
                            + "', which no catalog declares. Declare the Action or correct the key.");
                }
            }
            String channelId = destination.channel();
            if (channels != null) {
                ChannelResolver.Resolution resolution = channels.resolve(destination.channel(), destination.name());
                if (resolution.error() != null) {
                    errors.add(resolution.error());
                    continue;
                }
                channelId = resolution.channelId();
            }
            destinations.put(destination.key(),
                    new DesiredDestination(destination, channelId, ownership.catalogOfDestination(destination.key())));
        }

        if (!errors.isEmpty()) {
            throw new PlanningException("The catalog cannot be synced:\n  - " + String.join("\n  - ", errors));
        }
        return new DesiredState(actions, destinations, slackWorkspace, ownership);
    }

    private static Map<String, ActionDefinition> actions(Catalog catalog, List<String> errors) {
        Map<String, ActionDefinition> byKey = new LinkedHashMap<>();
        Map<String, String> keyByName = new HashMap<>();
        for (ActionDefinition action : catalog.actions()) {
            checkKey("Action", action.key(), action.name(), errors);
            if (byKey.putIfAbsent(action.key(), action) != null) {
                errors.add("Two Actions have the key '" + action.key() + "'. Give one of them another key.");
            }
            String other = keyByName.putIfAbsent(action.name(), action.key());
            if (other != null && !other.equals(action.key())) {
                errors.add("Actions '" + other + "' and '" + action.key() + "' have the same name '" + action.name()
                        + "'; PostHog requires Action names to be unique in a project. Rename one of them.");
            }
        }
        return byKey;
    }

    private static void checkKey(String what, String key, String name, List<String> errors) {
        if (!ManagedMarker.isValidKey(key)) {
            errors.add(what + " '" + name + "' has the key '" + key + "', which cannot be stored in the marker line:"
                    + " a key is 1 to 200 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
    }
}
