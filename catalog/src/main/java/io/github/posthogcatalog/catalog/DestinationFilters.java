package io.github.posthogcatalog.catalog;

import java.util.List;
import java.util.Objects;

/**
 * What triggers a destination: any of the events or any of the Actions.
 *
 * @param events event wire names, sorted
 * @param actions keys of Actions in the same catalog or a dependency's catalog, sorted; the sync
 *     replaces each with the Action's PostHog id
 */
public record DestinationFilters(List<String> events, List<String> actions) {

    public DestinationFilters {
        events = List.copyOf(Objects.requireNonNullElse(events, List.of()));
        actions = List.copyOf(Objects.requireNonNullElse(actions, List.of()));
    }
}
