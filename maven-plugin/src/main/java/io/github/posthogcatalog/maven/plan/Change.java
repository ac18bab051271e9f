package io.github.posthogcatalog.maven.plan;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a plan.
 *
 * @param type whether it is an Action or a destination
 * @param kind what happens to the object
 * @param key the catalog key, from the catalog or from the object's marker line
 * @param name the name in the catalog, or the name in PostHog for objects not in the catalog
 * @param id the PostHog id as a string, or null for objects that do not exist yet
 * @param url the object's page in the PostHog app, or null when unknown
 * @param diffs the differing fields of an update or adoption; empty for other kinds
 * @param note a sentence for the reader, such as why an object is a conflict, or null
 */
public record Change(
        ObjectType type,
        ChangeKind kind,
        String key,
        String name,
        String id,
        String url,
        List<FieldDiff> diffs,
        String note) {

    public Change {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        diffs = List.copyOf(Objects.requireNonNullElse(diffs, List.of()));
    }

    /** Returns a short label for messages, such as {@code action 'Login' (auth-login)}. */
    public String describe() {
        return type.label() + " '" + name + "' (" + key + (id == null ? "" : ", id " + id) + ")";
    }
}
