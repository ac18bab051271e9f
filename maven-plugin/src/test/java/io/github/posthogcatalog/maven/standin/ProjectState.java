package io.github.posthogcatalog.maven.standin;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The objects of one PostHog project, as stored (soft-deleted ones included). Guarded by the lock
 * of the {@link StandInState} that owns it.
 */
final class ProjectState {

    final long id;
    final Map<Long, ObjectNode> actions = new LinkedHashMap<>();
    final Map<String, ObjectNode> hogFunctions = new LinkedHashMap<>();
    final Map<Long, ObjectNode> integrations = new LinkedHashMap<>();
    final Map<Long, ArrayNode> channels = new HashMap<>();

    ProjectState(long id) {
        this.id = id;
    }
}
