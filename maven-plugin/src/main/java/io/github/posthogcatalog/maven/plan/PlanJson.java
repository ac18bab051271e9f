package io.github.posthogcatalog.maven.plan;

import io.github.posthogcatalog.catalog.CatalogJson;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a plan as JSON for tools. Shape:
 *
 * <pre>{@code
 * {
 *   "target": {"host": "https://us.posthog.com", "projectId": 123, "offline": false},
 *   "drift": true,
 *   "summary": {"create": 1, "update": 1, "adopt": 0, "delete": 0, "conflict": 0, "orphan": 0, "other-catalog": 0, "unchanged": 4},
 *   "changes": [
 *     {"type": "action", "change": "update", "key": "auth-login", "name": "Auth: Login",
 *      "id": "12", "url": "https://us.posthog.com/project/123/data-management/actions/12",
 *      "diff": [{"field": "name", "current": "Login", "desired": "Auth: Login"}], "note": null}
 *   ]
 * }
 * }</pre>
 *
 * <p>Every change is listed, unchanged ones included; {@code current} and {@code desired} are the
 * normalised values that were compared, and are absent when the field is absent on that side.
 */
public final class PlanJson {

    private PlanJson() {}

    /** Returns the plan as indented JSON text with a final newline. */
    public static String render(Plan plan) {
        ObjectNode root = JsonValues.object();
        ObjectNode target = root.putObject("target");
        target.put("host", plan.target().host());
        if (plan.target().projectId() == null) {
            target.putNull("projectId");
        } else {
            target.put("projectId", plan.target().projectId());
        }
        target.put("offline", plan.target().offline());
        root.put("drift", plan.hasDrift());

        ObjectNode summary = root.putObject("summary");
        for (Map.Entry<ChangeKind, Integer> count : plan.counts().entrySet()) {
            summary.put(count.getKey().label(), count.getValue());
        }

        ArrayNode changes = root.putArray("changes");
        for (Change change : plan.changes()) {
            changes.add(change(change));
        }
        return CatalogJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static ObjectNode change(Change change) {
        ObjectNode node = JsonValues.object();
        node.put("type", change.type().label());
        node.put("change", change.kind().label());
        node.put("key", change.key());
        node.put("name", change.name());
        node.put("id", change.id());
        node.put("url", change.url());
        ArrayNode diffs = node.putArray("diff");
        for (FieldDiff diff : change.diffs()) {
            ObjectNode entry = diffs.addObject();
            entry.put("field", diff.field());
            if (diff.current() != null) {
                entry.set("current", diff.current());
            }
            if (diff.desired() != null) {
                entry.set("desired", diff.desired());
            }
        }
        node.put("note", change.note());
        return node;
    }
}
