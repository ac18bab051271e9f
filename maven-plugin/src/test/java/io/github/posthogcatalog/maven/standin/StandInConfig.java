package io.github.posthogcatalog.maven.standin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON configuration of a stand-in, read from the file given to {@link PostHogStandInMain} and
 * from {@code POST /_standin/seed}. Every member is optional; what it names is added to what exists.
 *
 * <pre>{@code
 * {
 *   "rateLimit": {"requests": 480, "windowSeconds": 60},
 *   "pageSize": 100,
 *   "nextLinks": "absolute",                       // or "relative"
 *   "apiKeys": [{"key": "phx_test_read_only", "scopes": ["action:read"], "projects": [1]}],
 *   "revokedKeys": ["phx_test_not_a_real_key"],     // removed after apiKeys are added
 *   "projects": [{
 *     "id": 1,
 *     "actions": [{"id": 10, "name": "Signed up", "steps": [{"event": "signed-up"}]}],
 *     "hogFunctions": [{"template_id": "template-slack", "name": "...", "inputs": {...}}],
 *     "integrations": [{"id": 7, "kind": "slack", "display_name": "Acme",
 *                       "channels": [{"id": "C01", "name": "ops", "is_private": false, "is_member": true}]}]
 *   }],
 *   "faults": {
 *     "latencyMillis": 250, "throttle": 2, "retryAfter": "1", "errors": 1, "errorStatus": 503,
 *     "resets": 1, "malformed": 1, "failWrite": {"nth": 2, "mode": "ERROR_AFTER_APPLY"},
 *     "responses": [{"method": "GET", "path": "/api/projects/1/hog_functions/", "queryContains": "offset=",
 *                    "status": 200, "body": {"count": 0, "results": []}, "times": 1}]
 *   }
 * }
 * }</pre>
 */
final class StandInConfig {

    private StandInConfig() {}

    static void apply(PostHogStandIn standIn, JsonNode config) {
        if (config == null || config.isNull()) {
            return;
        }
        if (!config.isObject()) {
            throw new IllegalArgumentException("The stand-in configuration must be a JSON object");
        }
        JsonNode rateLimit = config.get("rateLimit");
        if (rateLimit != null) {
            standIn.rateLimit(rateLimit.path("requests").asInt(480),
                    Duration.ofSeconds(rateLimit.path("windowSeconds").asLong(60)));
        }
        if (config.has("pageSize")) {
            standIn.pageSize(config.get("pageSize").asInt());
        }
        if (config.has("nextLinks")) {
            standIn.relativeNextLinks(config.get("nextLinks").asString().equalsIgnoreCase("relative"));
        }
        for (JsonNode key : config.path("apiKeys")) {
            standIn.addApiKey(key.path("key").asString(), strings(key.path("scopes")), longs(key.path("projects")));
        }
        for (JsonNode key : config.path("revokedKeys")) {
            standIn.removeApiKey(key.asString());
        }
        for (JsonNode project : config.path("projects")) {
            applyProject(standIn, project);
        }
        if (config.has("faults")) {
            applyFaults(standIn.faults(), config.get("faults"));
        }
    }

    static void applyFaults(Faults faults, JsonNode config) {
        if (config.has("latencyMillis")) {
            faults.latency(Duration.ofMillis(config.get("latencyMillis").asLong()));
        }
        faults.throttleNext(config.path("throttle").asInt(0), config.has("retryAfter") ? config.get("retryAfter").asString() : null);
        faults.failNext(config.path("errors").asInt(0), config.path("errorStatus").asInt(500));
        faults.resetNext(config.path("resets").asInt(0));
        faults.malformedNext(config.path("malformed").asInt(0));
        JsonNode failWrite = config.get("failWrite");
        if (failWrite != null) {
            faults.failWrite(failWrite.path("nth").asInt(1),
                    Faults.WriteFailure.valueOf(failWrite.path("mode").asString("ERROR_AFTER_APPLY")));
        }
        for (JsonNode response : config.path("responses")) {
            JsonNode body = response.path("body");
            faults.respond(new Faults.CannedResponse(
                    response.path("method").asString("GET"),
                    response.path("path").asString(),
                    response.has("queryContains") && !response.get("queryContains").isNull()
                            ? response.get("queryContains").asString() : null,
                    response.path("status").asInt(200),
                    body.isString() ? body.stringValue() : Json.write(body),
                    response.path("times").asInt(-1)));
        }
    }

    private static void applyProject(PostHogStandIn standIn, JsonNode project) {
        long id = project.path("id").asLong(PostHogStandIn.DEFAULT_PROJECT);
        standIn.addProject(id);
        for (JsonNode integration : project.path("integrations")) {
            List<ObjectNode> channels = new ArrayList<>();
            integration.path("channels").forEach(channel -> channels.add((ObjectNode) channel));
            standIn.addIntegration(id, integration.path("id").asLong(), integration.path("kind").asString("slack"),
                    integration.path("display_name").asString(""), channels);
        }
        for (JsonNode action : project.path("actions")) {
            standIn.seedAction(id, (ObjectNode) action);
        }
        for (JsonNode function : project.path("hogFunctions")) {
            standIn.seedHogFunction(id, (ObjectNode) function);
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static Set<Long> longs(JsonNode array) {
        Set<Long> values = new HashSet<>();
        array.forEach(value -> values.add(value.asLong()));
        return values;
    }
}
