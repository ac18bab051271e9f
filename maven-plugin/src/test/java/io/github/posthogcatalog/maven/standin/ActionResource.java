package io.github.posthogcatalog.maven.standin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/projects/{id}/actions/}: PostHog's {@code ActionViewSet}. The list is not paginated
 * ({@code {count, results}}, no {@code next}) and leaves out soft-deleted Actions; retrieve returns
 * them with {@code "deleted": true}; DELETE is refused with an empty 405.
 */
final class ActionResource {

    private static final int MAX_NAME = 400;
    private static final int MAX_SLACK_FORMAT = 1200;

    private final StandInState state;

    ActionResource(StandInState state) {
        this.state = state;
    }

    Response handle(ApiCall call, ProjectState project) {
        if (call.subresource() != null) {
            throw ApiError.notFound();
        }
        if (call.id() == null) {
            return switch (call.method()) {
                case "GET" -> Response.ok(list(call, project));
                case "POST" -> new Response(201, create(project, call.body(), null));
                default -> throw ApiError.methodNotAllowed(call.method());
            };
        }
        ObjectNode action = find(project, call.id());
        return switch (call.method()) {
            case "GET" -> Response.ok(action);
            case "PATCH", "PUT" -> Response.ok(update(project, action, call.body()));
            case "DELETE" -> throw ApiError.destroyForbidden();
            default -> throw ApiError.methodNotAllowed(call.method());
        };
    }

    /** Stores a new Action from a request body (or seed data, which may carry an {@code id}) and returns it. */
    ObjectNode create(ProjectState project, ObjectNode body, Long requestedId) {
        ObjectNode action = Json.object();
        action.put("name", (String) null);
        action.put("description", "");
        action.set("tags", Json.array());
        action.put("post_to_slack", false);
        action.put("slack_message_format", "");
        action.set("steps", Json.array());
        apply(project, action, body, null);

        long id = state.allocateActionId(requestedId);
        action.put("id", id);
        action.put("created_at", Json.timestamp());
        action.set("created_by", StandInUser.basic());
        action.put("deleted", body.path("deleted").asBoolean(false));
        action.put("is_calculating", false);
        action.putNull("last_calculated_at");
        action.put("team_id", project.id);
        action.put("is_action", true);
        action.putNull("bytecode_error");
        action.putNull("pinned_at");
        action.putNull("creation_context");
        action.put("user_access_level", "manager");
        project.actions.put(id, action);
        return action;
    }

    private ObjectNode list(ApiCall call, ProjectState project) {
        Map<String, String> params = call.params();
        String search = params.get("search");
        List<ObjectNode> visible = new ArrayList<>();
        for (ObjectNode action : project.actions.values()) {
            String name = Json.text(action, "name");
            boolean matches = search == null
                    || (name != null && name.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT)));
            if (!action.path("deleted").asBoolean(false) && matches) {
                visible.add(action);
            }
        }
        // PostHog orders by -last_calculated_at, name; last_calculated_at is null throughout, so by name.
        visible.sort(Comparator.comparing(action -> action.path("name").asString(""), Comparator.naturalOrder()));

        int offset = integer(params.get("offset"), 0);
        int limit = integer(params.get("limit"), visible.size());
        List<ObjectNode> page = visible.subList(Math.min(offset, visible.size()), Math.min(visible.size(), offset + limit));
        ObjectNode body = Json.object();
        body.put("count", page.size());
        ArrayNode results = body.putArray("results");
        page.forEach(results::add);
        return body;
    }

    private ObjectNode find(ProjectState project, String id) {
        try {
            ObjectNode action = project.actions.get(Long.parseLong(id));
            if (action != null) {
                return action;
            }
        } catch (NumberFormatException e) {
            // DRF's lookup answers 404 for an id that is not a number, as for one that does not exist.
        }
        throw ApiError.notFound();
    }

    private ObjectNode update(ProjectState project, ObjectNode action, ObjectNode body) {
        ObjectNode updated = action.deepCopy();
        apply(project, updated, body, action.get("id").asLong());
        if (body.has("deleted")) {
            updated.put("deleted", bool(body.get("deleted"), "deleted"));
        }
        action.setAll(updated);
        return action;
    }

    /** Validates the writable fields present in the body and copies them onto the Action. */
    private void apply(ProjectState project, ObjectNode action, ObjectNode body, Long selfId) {
        if (body.has("name")) {
            String name = Fields.string(body.get("name"), "name", true, MAX_NAME);
            requireUniqueName(project, name, selfId);
            action.put("name", name);
        }
        if (body.has("description")) {
            action.put("description", Fields.stringOrEmpty(body.get("description"), "description"));
        }
        if (body.has("tags")) {
            action.set("tags", Fields.tags(body.get("tags")));
        }
        if (body.has("post_to_slack")) {
            action.put("post_to_slack", bool(body.get("post_to_slack"), "post_to_slack"));
        }
        if (body.has("slack_message_format")) {
            String format = Fields.stringOrEmpty(body.get("slack_message_format"), "slack_message_format");
            if (format.length() > MAX_SLACK_FORMAT) {
                throw ApiError.validation("max_length",
                        "Ensure this field has no more than " + MAX_SLACK_FORMAT + " characters.", "slack_message_format");
            }
            action.put("slack_message_format", format);
        }
        if (body.has("steps")) {
            action.set("steps", ActionSteps.normalise(body.get("steps")));
        }
    }

    /** Names are unique among the project's Actions that are not deleted; the match is exact. */
    private void requireUniqueName(ProjectState project, String name, Long selfId) {
        for (ObjectNode other : project.actions.values()) {
            long otherId = other.get("id").asLong();
            boolean sameName = name == null ? other.get("name").isNull() : name.equals(Json.text(other, "name"));
            if (sameName && !other.path("deleted").asBoolean(false) && (selfId == null || otherId != selfId)) {
                throw ApiError.validation("unique", "This project already has an action with this name, ID " + otherId, "name");
            }
        }
    }

    private static boolean bool(JsonNode value, String attr) {
        return Fields.bool(value, attr);
    }

    private static int integer(String value, int fallback) {
        try {
            return value == null ? fallback : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
