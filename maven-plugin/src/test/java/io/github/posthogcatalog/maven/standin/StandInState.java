package io.github.posthogcatalog.maven.standin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the stand-in stores: projects, API keys and their scopes, and the hog function
 * templates. Every read and write of the maps holds this object's lock.
 */
final class StandInState {

    /**
     * A personal API key and what it may do.
     *
     * @param key the key
     * @param scopes such as {@code action:write}; empty means a legacy key without scopes, which may do anything
     * @param projects the project ids the key is limited to; empty means every project
     */
    record KeyGrant(String key, Set<String> scopes, Set<Long> projects) {}

    final Map<Long, ProjectState> projects = new LinkedHashMap<>();
    final Map<String, KeyGrant> keys = new LinkedHashMap<>();
    final Map<String, ObjectNode> templates = new LinkedHashMap<>();
    long nextActionId = 1;
    long nextIntegrationId = 1;
    int pageSize = 100;
    Paginator.LinkStyle linkStyle = Paginator.LinkStyle.ABSOLUTE;

    StandInState() {
        ObjectNode slack = (ObjectNode) readResource("/standin/template-slack.json");
        templates.put(slack.get("id").asString(), slack);
    }

    synchronized ProjectState project(long id) {
        return projects.computeIfAbsent(id, ProjectState::new);
    }

    synchronized long allocateActionId(Long requested) {
        if (requested != null) {
            nextActionId = Math.max(nextActionId, requested + 1);
            return requested;
        }
        return nextActionId++;
    }

    synchronized long allocateIntegrationId(Long requested) {
        if (requested != null) {
            nextIntegrationId = Math.max(nextIntegrationId, requested + 1);
            return requested;
        }
        return nextIntegrationId++;
    }

    /** Returns whether an Action with this id exists in the project, soft-deleted or not. */
    synchronized boolean actionExists(ProjectState project, String id) {
        try {
            return project.actions.containsKey(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static JsonNode readResource(String name) {
        try (InputStream in = StandInState.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
