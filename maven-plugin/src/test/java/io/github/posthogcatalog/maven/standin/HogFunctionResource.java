package io.github.posthogcatalog.maven.standin;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/projects/{id}/hog_functions/} (and the legacy {@code /api/environments/...}): PostHog's
 * {@code HogFunctionViewSet}. Lists are paginated and show the minimal serializer unless
 * {@code full=true}; a soft-deleted function answers 404 to everything except
 * {@code PATCH {"deleted": false}}, which restores it; DELETE is refused with an empty 405.
 */
final class HogFunctionResource {

    private static final Set<String> TYPES = Set.of("destination", "site_destination", "internal_destination",
            "source_webhook", "site_app", "transformation", "transformation_log");
    private static final List<String> MINIMAL_FIELDS = List.of("id", "type", "name", "description", "created_at",
            "created_by", "updated_at", "enabled", "hog", "filters", "icon_url", "template", "status",
            "execution_order");
    private static final List<String> FULL_FIELDS = List.of("id", "type", "name", "description", "created_at",
            "created_by", "updated_at", "enabled", "hog", "bytecode", "transpiled", "inputs_schema", "inputs",
            "filters", "masking", "mappings", "icon_url", "template", "status", "execution_order");

    private final StandInState state;

    HogFunctionResource(StandInState state) {
        this.state = state;
    }

    Response handle(ApiCall call, ProjectState project) {
        if (call.subresource() != null) {
            throw ApiError.notFound();
        }
        if (call.id() == null) {
            return switch (call.method()) {
                case "GET" -> Response.ok(list(call, project));
                case "POST" -> new Response(201, render(create(project, call.body(), null), true));
                default -> throw ApiError.methodNotAllowed(call.method());
            };
        }
        ObjectNode function = project.hogFunctions.get(call.id());
        boolean undelete = call.method().equals("PATCH") && call.body().has("deleted")
                && !Fields.bool(call.body().get("deleted"), "deleted");
        if (function == null || (function.path("deleted").asBoolean(false) && !undelete)) {
            throw ApiError.notFound();
        }
        return switch (call.method()) {
            case "GET" -> Response.ok(render(function, true));
            case "PATCH", "PUT" -> Response.ok(render(update(project, function, call.body()), true));
            case "DELETE" -> throw ApiError.destroyForbidden();
            default -> throw ApiError.methodNotAllowed(call.method());
        };
    }

    /** Stores a new function from a request body (or seed data, which may carry an {@code id}). */
    ObjectNode create(ProjectState project, ObjectNode body, String requestedId) {
        String type = body.has("type") ? Fields.string(body.get("type"), "type", false, 0) : "destination";
        if (!TYPES.contains(type)) {
            throw ApiError.validation("invalid_choice", "\"" + type + "\" is not a valid choice.", "type");
        }
        ObjectNode template = template(body);
        ObjectNode merged = body.deepCopy();
        if (template != null) {
            copyIfMissing(merged, template, "name", "name");
            copyIfMissing(merged, template, "description", "description");
            copyIfMissing(merged, template, "hog", "code");
            copyIfMissing(merged, template, "icon_url", "icon_url");
            JsonNode schema = merged.get("inputs_schema");
            if (schema == null || schema.isNull() || schema.isEmpty()) {
                merged.set("inputs_schema", template.get("inputs_schema").deepCopy());
            }
        }
        if (!merged.has("hog")) {
            throw ApiError.required("hog");
        }

        ObjectNode function = Json.object();
        String id = requestedId != null ? requestedId : UUID.randomUUID().toString();
        function.put("id", id);
        function.put("type", type);
        function.put("name", "");
        function.put("description", "");
        function.put("enabled", false);
        function.put("deleted", false);
        function.set("inputs_schema", Json.array());
        function.set("inputs", Json.object());
        function.putNull("masking");
        function.putNull("mappings");
        function.putNull("icon_url");
        function.putNull("execution_order");
        function.set("template", template == null ? Json.NODES.nullNode() : template.deepCopy());
        function.put("created_at", Json.timestamp());
        function.set("created_by", StandInUser.basic());
        apply(project, function, merged, true);
        project.hogFunctions.put(id, function);
        return function;
    }

    /** Returns the function as the API shows it: the full serializer or the minimal list one. */
    static ObjectNode render(ObjectNode function, boolean full) {
        ObjectNode shown = Json.object();
        for (String field : full ? FULL_FIELDS : MINIMAL_FIELDS) {
            JsonNode value = function.get(field);
            shown.set(field, value == null ? Json.NODES.nullNode() : value.deepCopy());
        }
        ObjectNode status = shown.putObject("status");
        status.put("state", 1);
        status.put("tokens", 10_000);
        return shown;
    }

    private ObjectNode list(ApiCall call, ProjectState project) {
        String typeFilter = call.params().get("type");
        Set<String> types = typeFilter == null || typeFilter.isBlank() ? null : Set.of(typeFilter.split(","));
        boolean full = "true".equalsIgnoreCase(call.params().get("full"));
        List<ObjectNode> shown = new ArrayList<>();
        for (ObjectNode function : project.hogFunctions.values()) {
            if (!function.path("deleted").asBoolean(false) && (types == null || types.contains(Json.text(function, "type")))) {
                shown.add(function);
            }
        }
        // PostHog orders by execution_order, then the most recently updated first.
        shown.sort(Comparator.comparing((ObjectNode f) -> f.path("updated_at").asString("")).reversed());
        List<ObjectNode> rendered = new ArrayList<>();
        shown.forEach(function -> rendered.add(render(function, full)));
        return Paginator.page(rendered, call, state.pageSize, state.linkStyle);
    }

    private ObjectNode update(ProjectState project, ObjectNode function, ObjectNode body) {
        if (body.has("type") && !function.get("type").asString().equals(body.path("type").asString())) {
            throw ApiError.invalid("Cannot modify the type of an existing function", "type");
        }
        requireFresh(function, body.get("base_updated_at"));
        ObjectNode updated = function.deepCopy();
        apply(project, updated, body, false);
        function.setAll(updated);
        return function;
    }

    /** Validates the writable fields present in the body and copies them onto the function. */
    private void apply(ProjectState project, ObjectNode function, ObjectNode body, boolean creating) {
        if (body.has("name")) {
            function.put("name", Fields.stringOrEmpty(body.get("name"), "name"));
        }
        if (body.has("description")) {
            function.put("description", Fields.stringOrEmpty(body.get("description"), "description"));
        }
        if (body.has("enabled")) {
            function.put("enabled", Fields.bool(body.get("enabled"), "enabled"));
        }
        if (body.has("deleted")) {
            function.put("deleted", Fields.bool(body.get("deleted"), "deleted"));
        }
        if (body.has("hog")) {
            String hog = Fields.string(body.get("hog"), "hog", false, 100_000);
            function.put("hog", hog);
            function.set("bytecode", HogBytecode.of(Json.NODES.stringNode(hog)));
            function.putNull("transpiled");
        }
        if (body.has("icon_url")) {
            function.put("icon_url", Fields.rawString(body.get("icon_url"), "icon_url"));
        }
        if (body.has("inputs_schema")) {
            function.set("inputs_schema", HogFunctionInputs.schema(body.get("inputs_schema")));
        }
        if (creating || body.has("inputs") || body.has("inputs_schema")) {
            JsonNode inputs = body.has("inputs") ? body.get("inputs") : function.get("inputs");
            function.set("inputs", HogFunctionInputs.inputs(inputs, (ArrayNode) function.get("inputs_schema")));
        }
        if (creating || body.has("filters") || body.has("enabled")) {
            JsonNode filters = body.has("filters") ? body.get("filters") : function.get("filters");
            boolean enabled = function.get("enabled").asBoolean();
            function.set("filters", HogFunctionFilters.filters(filters, enabled,
                    id -> state.actionExists(project, id)));
        }
        if (body.has("masking")) {
            function.set("masking", HogFunctionFilters.masking(body.get("masking")));
        }
        if (body.has("mappings")) {
            function.set("mappings", body.get("mappings").deepCopy());
        }
        if (body.has("execution_order")) {
            function.set("execution_order", body.get("execution_order").deepCopy());
        }
        function.put("updated_at", Json.timestamp());
    }

    private ObjectNode template(ObjectNode body) {
        JsonNode templateId = body.get("template_id");
        if (templateId == null || templateId.isNull()) {
            return null;
        }
        ObjectNode template = state.templates.get(templateId.asString());
        if (template == null || "hidden".equals(Json.text(template, "status"))) {
            throw ApiError.invalid("No template found for id '" + templateId.asString() + "'", "template_id");
        }
        return template;
    }

    /** Answers 409 {@code stale_update} when the client's {@code base_updated_at} is older than the stored one. */
    private static void requireFresh(ObjectNode function, JsonNode baseUpdatedAt) {
        if (baseUpdatedAt == null || baseUpdatedAt.isNull()) {
            return;
        }
        try {
            Instant base = Instant.parse(baseUpdatedAt.asString());
            Instant stored = Instant.parse(function.get("updated_at").asString());
            if (stored.isAfter(base)) {
                // NOTE: the error type of PostHog's 409 was not read; drf-exceptions-hog gives server_error
                // to exceptions that are not DRF's own, so the stand-in uses that.
                throw ApiError.of(409, "server_error", "stale_update",
                        "This destination was modified since you loaded it. Reload and try again.", null);
            }
        } catch (DateTimeParseException e) {
            throw ApiError.invalid("Datetime has wrong format.", "base_updated_at");
        }
    }

    private static void copyIfMissing(ObjectNode target, ObjectNode template, String field, String templateField) {
        JsonNode value = target.get(field);
        if ((value == null || value.isNull()) && template.has(templateField)) {
            target.set(field, template.get(templateField).deepCopy());
        }
    }
}
