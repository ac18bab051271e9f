package io.github.posthogcatalog.maven.standin;

import java.util.ArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/projects/{id}/integrations/}: list, retrieve and {@code {id}/channels/}. Integrations
 * come only from seeding, because PostHog creates Slack integrations through the browser's OAuth
 * flow, not through a personal API key. The list behaves like newer PostHog versions, which show
 * Slack integrations to API keys (older ones showed only GitHub).
 */
final class IntegrationResource {

    private final StandInState state;

    IntegrationResource(StandInState state) {
        this.state = state;
    }

    Response handle(ApiCall call, ProjectState project) {
        if (!call.method().equals("GET")) {
            throw ApiError.methodNotAllowed(call.method());
        }
        if (call.id() == null) {
            return Response.ok(Paginator.page(new ArrayList<>(project.integrations.values()), call, state.pageSize,
                    state.linkStyle));
        }
        ObjectNode integration = find(project, call.id());
        if (call.subresource() == null) {
            return Response.ok(integration);
        }
        if (call.subresource().equals("channels")) {
            return Response.ok(channels(call, project, integration.get("id").asLong()));
        }
        throw ApiError.notFound();
    }

    /** Stores an integration with its channels (each {@code {id, name, is_private, is_member, ...}}). */
    ObjectNode add(ProjectState project, Long requestedId, String kind, String displayName, JsonNode config,
            ArrayNode channels) {
        long id = state.allocateIntegrationId(requestedId);
        ObjectNode integration = Json.object();
        integration.put("id", id);
        integration.put("kind", kind);
        integration.set("config", config == null ? Json.object() : config.deepCopy());
        integration.put("created_at", Json.timestamp());
        integration.set("created_by", StandInUser.basic());
        integration.put("errors", "");
        integration.put("display_name", displayName);
        project.integrations.put(id, integration);
        project.channels.put(id, normaliseChannels(channels));
        return integration;
    }

    private ObjectNode channels(ApiCall call, ProjectState project, long id) {
        String only = call.params().get("channel_id");
        ArrayNode channels = Json.array();
        for (JsonNode channel : project.channels.getOrDefault(id, Json.array())) {
            if (only == null || only.equals(Json.text(channel, "id"))) {
                channels.add(channel.deepCopy());
            }
        }
        ObjectNode body = Json.object();
        body.set("channels", channels);
        body.put("lastRefreshedAt", Json.timestamp());
        return body;
    }

    private static ObjectNode find(ProjectState project, String id) {
        try {
            ObjectNode integration = project.integrations.get(Long.parseLong(id));
            if (integration != null) {
                return integration;
            }
        } catch (NumberFormatException e) {
            // A non-numeric id is not found, as in DRF.
        }
        throw ApiError.notFound();
    }

    private static ArrayNode normaliseChannels(ArrayNode channels) {
        ArrayNode result = Json.array();
        if (channels == null) {
            return result;
        }
        for (JsonNode given : channels) {
            ObjectNode channel = Json.object();
            channel.put("id", Json.text(given, "id"));
            channel.put("name", Json.text(given, "name"));
            channel.put("is_private", given.path("is_private").asBoolean(false));
            channel.put("is_member", given.path("is_member").asBoolean(true));
            channel.put("is_ext_shared", given.path("is_ext_shared").asBoolean(false));
            channel.put("is_private_without_access", given.path("is_private_without_access").asBoolean(false));
            result.add(channel);
        }
        return result;
    }
}
