package io.github.posthogcatalog.maven.standin;

import java.util.Map;
import java.util.Set;

/**
 * The personal API key checks of PostHog's {@code APIScopePermission}: a key limited to some projects
 * may not use others, and a key with scopes needs {@code <object>:read} for reads and
 * {@code <object>:write} for writes, where write also grants read and {@code *} grants everything.
 * A key without scopes (a legacy key) may do anything.
 */
final class Permissions {

    private static final Map<String, String> SCOPE_OBJECTS = Map.of(
            "actions", "action",
            "hog_functions", "hog_function",
            "hog_function_templates", "hog_function",
            "integrations", "integration");

    private Permissions() {}

    static void check(StandInState.KeyGrant grant, long projectId, String resource, String method) {
        if (!grant.projects().isEmpty() && !grant.projects().contains(projectId)) {
            throw ApiError.permissionDenied("API key does not have access to the requested project: ID " + projectId + ".");
        }
        Set<String> scopes = grant.scopes();
        if (scopes.isEmpty() || scopes.contains("*")) {
            return;
        }
        String object = SCOPE_OBJECTS.get(resource);
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        String needed = object + (read ? ":read" : ":write");
        if (scopes.contains(needed) || (read && scopes.contains(object + ":write"))) {
            return;
        }
        throw ApiError.permissionDenied("API key missing required scope '" + needed + "'");
    }
}
