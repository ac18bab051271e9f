package io.github.posthogcatalog.maven.plan;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The PostHog project's current objects: every Action and every destination that is not
 * soft-deleted, as PostHog returns them.
 *
 * @param actions the project's Actions, managed or not
 * @param destinations the project's hog functions of type destination, managed or not
 */
public record CurrentState(List<ObjectNode> actions, List<ObjectNode> destinations) {

    public CurrentState {
        actions = List.copyOf(actions);
        destinations = List.copyOf(destinations);
    }

    /** Returns the state of a project without Actions and destinations. */
    public static CurrentState empty() {
        return new CurrentState(List.of(), List.of());
    }
}
