package io.github.posthogcatalog.maven.api;

import static io.github.posthogcatalog.maven.api.ClientFixture.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogcatalog.maven.standin.PostHogStandIn;
import io.github.posthogcatalog.maven.standin.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class PostHogClientWriteTest {

    private final PostHogStandIn posthog = PostHogStandIn.start();
    private final ClientFixture fixture = new ClientFixture();
    private final PostHogClient client = fixture.client(posthog);

    @AfterEach
    void stop() {
        posthog.close();
    }

    @Test
    void createSendsHeadersAndJson() {
        ObjectNode created = client.createAction(object("{\"name\": \"Signed up\", \"steps\": [{\"event\": \"signed-up\"}]}"));

        assertThat(created.get("id").asLong()).isPositive();
        RecordedRequest request = posthog.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/projects/1/actions/");
        assertThat(request.header("Authorization")).isEqualTo("Bearer [redacted]");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.header("User-Agent")).startsWith("posthog-catalog/");
        assertThat(ClientFixture.MAPPER.readTree(request.body()).get("name").asString()).isEqualTo("Signed up");
    }

    @Test
    void readsCarryNoBodyOrContentType() {
        client.listActions();

        RecordedRequest request = posthog.requests().get(0);
        assertThat(request.body()).isEmpty();
        assertThat(request.header("Content-Type")).isNull();
    }

    @Test
    void updateAndSoftDeleteUsePatch() {
        long id = client.createAction(object("{\"name\": \"A\"}")).get("id").asLong();

        ObjectNode renamed = client.updateAction(id, object("{\"name\": \"B\"}"));
        ObjectNode deleted = client.updateAction(id, object("{\"deleted\": true}"));

        assertThat(renamed.get("name").asString()).isEqualTo("B");
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(client.getAction(id).get("deleted").asBoolean()).isTrue();
        assertThat(posthog.requests()).extracting(RecordedRequest::method).containsExactly("POST", "PATCH", "PATCH", "GET");
    }

    @Test
    void hogFunctionRoundTrip() {
        ObjectNode created = client.createHogFunction(object("{\"type\": \"destination\", \"template_id\": \"template-slack\","
                + " \"name\": \"Alert\", \"inputs\": {\"slack_workspace\": {\"value\": 1}, \"channel\": {\"value\": \"C01\"}}}"));
        String id = created.get("id").asString();

        ObjectNode updated = client.updateHogFunction(id, object("{\"enabled\": true}"));

        assertThat(updated.get("enabled").asBoolean()).isTrue();
        assertThat(client.getHogFunction(id).get("name").asString()).isEqualTo("Alert");
        assertThat(client.listDestinations()).hasSize(1);
    }

    @Test
    void tokenFieldIsNeverSent() {
        assertThatThrownBy(() -> client.createAction(object("{\"name\": \"A\", \"token\": \"phc_project\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'token'");
        assertThat(posthog.requests()).isEmpty();
    }

    @Test
    void debugLogShowsMethodPathStatusAndTiming() {
        client.listActions();

        assertThat(fixture.debugLines).singleElement().satisfies(line -> assertThat(line)
                .matches("PostHog GET /api/projects/1/actions/ -> 200 in \\d+ ms \\(attempt 1\\)"));
    }
}
