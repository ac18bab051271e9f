package io.github.posthogcatalog.maven.api;

import static io.github.posthogcatalog.maven.api.ClientFixture.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogcatalog.maven.standin.Faults.CannedResponse;
import io.github.posthogcatalog.maven.standin.PostHogStandIn;
import io.github.posthogcatalog.maven.standin.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class PostHogClientListTest {

    private static final String FUNCTIONS = "/api/projects/1/hog_functions/";

    private final PostHogStandIn posthog = PostHogStandIn.start();
    private final ClientFixture fixture = new ClientFixture();
    private final PostHogClient client = fixture.client(posthog);

    @AfterEach
    void stop() {
        posthog.close();
    }

    @Test
    void listActionsSkipsDeleted() {
        posthog.seedAction(1, object("{\"name\": \"A\"}"));
        posthog.seedAction(1, object("{\"name\": \"B\", \"deleted\": true}"));

        List<ObjectNode> actions = client.listActions();

        assertThat(actions).extracting(action -> action.get("name").asString()).containsExactly("A");
        assertThat(client.requestCount()).isEqualTo(1);
    }

    @Test
    void listActionsAcceptsOlderResultsOnlyShape() {
        posthog.faults().respond(new CannedResponse("GET", "/api/projects/1/actions/", null, 200,
                "{\"results\": [{\"id\": 3, \"name\": \"Old\"}]}", 1));

        assertThat(client.listActions()).extracting(action -> action.get("id").asLong()).containsExactly(3L);
    }

    @Test
    void listDestinationsFollowsAbsoluteNext() {
        posthog.pageSize(2);
        seedDestinations(5);

        List<ObjectNode> destinations = client.listDestinations();

        assertThat(destinations).hasSize(5);
        assertThat(destinations).allSatisfy(destination -> assertThat(destination.has("inputs")).isTrue());
        assertThat(posthog.requests()).extracting(RecordedRequest::query).containsExactly(
                "type=destination&full=true",
                "type=destination&full=true&limit=2&offset=2",
                "type=destination&full=true&limit=2&offset=4");
    }

    @Test
    void listDestinationsFollowsRelativeNext() {
        posthog.pageSize(2).relativeNextLinks(true);
        seedDestinations(3);

        assertThat(client.listDestinations()).hasSize(3);
        assertThat(client.requestCount()).isEqualTo(2);
    }

    @Test
    void nextToAnotherHostIsRejected() {
        posthog.faults().respond(new CannedResponse("GET", FUNCTIONS, null, 200,
                "{\"count\": 2, \"next\": \"https://elsewhere.example/api/projects/1/hog_functions/?offset=1\","
                        + " \"previous\": null, \"results\": [{\"id\": \"a\"}]}", -1));

        assertThatThrownBy(client::listDestinations)
                .isInstanceOf(PostHogApiException.class)
                .hasMessageContaining("https://elsewhere.example")
                .hasMessageContaining("does not send the API key to another host");
        assertThat(client.requestCount()).isEqualTo(1);
    }

    @Test
    void loopingNextIsDetected() {
        String first = "{\"count\": 4, \"next\": \"" + FUNCTIONS + "?type=destination&full=true&offset=2\","
                + " \"previous\": null, \"results\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}";
        // The second page links back to the first one.
        String second = "{\"count\": 4, \"next\": \"" + posthog.baseUri() + FUNCTIONS + "?type=destination&full=true\","
                + " \"previous\": null, \"results\": [{\"id\": \"c\"}, {\"id\": \"d\"}]}";
        posthog.faults()
                .respond(new CannedResponse("GET", FUNCTIONS, "offset=2", 200, second, -1))
                .respond(new CannedResponse("GET", FUNCTIONS, null, 200, first, -1));

        assertThatThrownBy(client::listDestinations)
                .isInstanceOf(PostHogApiException.class)
                .hasMessageContaining("already read")
                .hasMessageContaining("endless loop");
        assertThat(client.requestCount()).isEqualTo(2);
    }

    @Test
    void missingResultsIsReported() {
        posthog.faults().respond(new CannedResponse("GET", "/api/projects/1/actions/", null, 200, "{\"items\": []}", 1));

        assertThatThrownBy(client::listActions).hasMessageContaining("without a 'results' list");
    }

    @Test
    void slackChannelsAreMapped() {
        posthog.addIntegration(1, 9, "slack", "Acme", List.of(
                PostHogStandIn.channel("C01", "ops", false, true),
                PostHogStandIn.channel("C02", "private-ops", true, false)));

        List<SlackChannel> channels = client.listSlackChannels(9);
        ObjectNode integration = client.getIntegration(9);

        assertThat(channels).containsExactly(
                new SlackChannel("C01", "ops", false, true),
                new SlackChannel("C02", "private-ops", true, false));
        assertThat(integration.get("kind").asString()).isEqualTo("slack");
        assertThat(client.listIntegrations()).hasSize(1);
    }

    @Test
    void templateIsReadable() {
        assertThat(client.getHogFunctionTemplate("template-slack").get("name").asString()).isEqualTo("Slack");
    }

    private void seedDestinations(int count) {
        for (int i = 0; i < count; i++) {
            posthog.seedHogFunction(1, object("{\"template_id\": \"template-slack\", \"name\": \"D" + i + "\","
                    + " \"inputs\": {\"slack_workspace\": {\"value\": 1}, \"channel\": {\"value\": \"C01\"}}}"));
        }
    }
}
