package io.github.posthogcatalog.maven.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StandInAccessTest {

    private static final String ACTIONS = "/api/projects/1/actions/";

    private final PostHogStandIn posthog = PostHogStandIn.start();
    private final StandInHttp http = new StandInHttp(posthog.baseUri());

    @AfterEach
    void stop() {
        posthog.close();
    }

    @Test
    void missingKeyIsNotAuthenticated() {
        StandInHttp.Reply reply = http.send("GET", ACTIONS, null, null, null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("type").asString()).isEqualTo("authentication_error");
        assertThat(reply.json().get("code").asString()).isEqualTo("not_authenticated");
        assertThat(reply.json().get("detail").asString()).isEqualTo("Authentication credentials were not provided.");
        assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void unknownKeyIsAuthenticationFailure() {
        StandInHttp.Reply reply = http.send("GET", ACTIONS, null, "phx_test_revoked", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("code").asString()).isEqualTo("authentication_failed");
        assertThat(reply.json().get("detail").asString())
                .isEqualTo("Personal API key found in request Authorization header is invalid.");
    }

    @Test
    void missingScopeIsNamed() {
        posthog.addApiKey("phx_test_reader", "action:read");

        StandInHttp.Reply read = http.send("GET", ACTIONS, null, "phx_test_reader", null);
        StandInHttp.Reply write = http.send("POST", ACTIONS, "{\"name\": \"A\"}", "phx_test_reader", "application/json");
        StandInHttp.Reply other = http.send("GET", "/api/projects/1/hog_functions/", null, "phx_test_reader", null);

        assertThat(read.status()).isEqualTo(200);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("code").asString()).isEqualTo("permission_denied");
        assertThat(write.json().get("detail").asString()).isEqualTo("API key missing required scope 'action:write'");
        assertThat(other.json().get("detail").asString()).isEqualTo("API key missing required scope 'hog_function:read'");
        assertThat(posthog.actions(1)).isEmpty();
    }

    @Test
    void writeScopeGrantsRead() {
        posthog.addApiKey("phx_test_writer", "action:write");

        assertThat(http.send("GET", ACTIONS, null, "phx_test_writer", null).status()).isEqualTo(200);
    }

    @Test
    void unknownProjectIsNotFound() {
        StandInHttp.Reply missing = http.get("/api/projects/999/actions/");
        StandInHttp.Reply nonNumeric = http.get("/api/projects/abc/actions/");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).isEqualTo("Project not found.");
        assertThat(missing.json().get("type").asString()).isEqualTo("invalid_request");
        assertThat(nonNumeric.json().get("detail").asString()).isEqualTo("Project not found.");
    }

    @Test
    void keyLimitedToOtherProjectIsDenied() {
        posthog.addProject(2).addApiKey("phx_test_project_two", Set.of(), Set.of(2L));

        StandInHttp.Reply reply = http.send("GET", ACTIONS, null, "phx_test_project_two", null);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("detail").asString())
                .isEqualTo("API key does not have access to the requested project: ID 1.");
    }

    @Test
    void burstThrottleCountsPerKeyWithoutRetryAfter() {
        posthog.rateLimit(3, Duration.ofMinutes(1)).addApiKey("phx_test_other");
        for (int i = 0; i < 3; i++) {
            assertThat(http.get(ACTIONS).status()).isEqualTo(200);
        }

        StandInHttp.Reply throttled = http.get(ACTIONS);
        StandInHttp.Reply otherKey = http.send("GET", ACTIONS, null, "phx_test_other", null);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isEmpty();
        JsonNode body = throttled.json();
        assertThat(body.get("type").asString()).isEqualTo("throttled_error");
        assertThat(body.get("code").asString()).isEqualTo("throttled");
        assertThat(body.get("detail").asString()).matches("Request was throttled\\. Expected available in (59|60) seconds\\.");
        assertThat(otherKey.status()).isEqualTo(200);
    }

    @Test
    void integrationsListRetrieveAndChannels() {
        posthog.addIntegration(1, 7, "slack", "Acme", List.of(
                PostHogStandIn.channel("C01", "ops-production", false, true),
                PostHogStandIn.channel("C02", "secret", true, false)));

        JsonNode list = http.get("/api/projects/1/integrations/").json();
        JsonNode one = http.get("/api/projects/1/integrations/7/").json();
        JsonNode channels = http.get("/api/projects/1/integrations/7/channels/").json();
        StandInHttp.Reply missing = http.get("/api/projects/1/integrations/8/channels/");

        assertThat(list.get("count").asInt()).isEqualTo(1);
        assertThat(one.get("kind").asString()).isEqualTo("slack");
        assertThat(one.get("display_name").asString()).isEqualTo("Acme");
        assertThat(channels.get("lastRefreshedAt").isString()).isTrue();
        assertThat(channels.get("channels")).hasSize(2);
        JsonNode secret = channels.get("channels").get(1);
        assertThat(secret.get("id").asString()).isEqualTo("C02");
        assertThat(secret.get("name").asString()).isEqualTo("secret");
        assertThat(secret.get("is_private").asBoolean()).isTrue();
        assertThat(secret.get("is_member").asBoolean()).isFalse();
        assertThat(missing.status()).isEqualTo(404);
    }
}
