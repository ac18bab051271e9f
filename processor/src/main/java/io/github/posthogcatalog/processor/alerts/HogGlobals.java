package io.github.posthogcatalog.processor.alerts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The globals that PostHog passes to a destination's Hog templates, with their fields. Source:
 * PostHog's documentation of destination inputs ("Customizing destinations", global object) and
 * the CDP service's invocation globals ({@code HogFunctionInvocationGlobals}).
 */
final class HogGlobals {

    /** The field of a root that contains its free-form properties. */
    static final String PROPERTIES = "properties";

    private static final Map<String, Set<String>> FIELDS = Map.of(
            "event", Set.of("uuid", "event", "distinct_id", "properties", "timestamp", "url",
                    "elements_chain"),
            "person", Set.of("id", "name", "url", "properties"),
            "project", Set.of("id", "name", "url"),
            "source", Set.of("name", "url"));

    /** Fields of each group under {@code groups.<group type>}. */
    private static final Set<String> GROUP_FIELDS = Set.of("id", "type", "index", "url", "properties");

    private static final String GROUPS = "groups";

    private HogGlobals() {}

    /** Returns whether {@code root} is a global that destination templates can read. */
    static boolean isRoot(String root) {
        return FIELDS.containsKey(root) || root.equals(GROUPS);
    }

    /** Returns the known roots, sorted, for messages. */
    static List<String> roots() {
        return List.of("event", GROUPS, "person", "project", "source");
    }

    /**
     * Checks the fields after a known root.
     *
     * @return empty when the path exists, otherwise a message naming the wrong field and the fix
     */
    static Optional<String> checkPath(List<String> path) {
        String root = path.get(0);
        if (path.size() < 2) {
            return Optional.empty();
        }
        if (root.equals(GROUPS)) {
            return checkGroupPath(path);
        }
        String field = path.get(1);
        Set<String> fields = FIELDS.get(root);
        if (fields.contains(field)) {
            return Optional.empty();
        }
        String hint = fields.contains(PROPERTIES)
                ? "; for a property write {" + root + ".properties." + field + "}"
                : "";
        return Optional.of(root + " has no field '" + field + "'; it has " + sorted(fields) + hint);
    }

    private static Optional<String> checkGroupPath(List<String> path) {
        if (path.size() < 3 || GROUP_FIELDS.contains(path.get(2))) {
            return Optional.empty();
        }
        return Optional.of("groups." + path.get(1) + " has no field '" + path.get(2) + "'; it has "
                + sorted(GROUP_FIELDS));
    }

    private static List<String> sorted(Set<String> fields) {
        return fields.stream().sorted().toList();
    }
}
