package io.github.posthogcatalog.maven.api;

import static io.github.posthogcatalog.maven.api.ClientFixture.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.posthogcatalog.maven.standin.Faults.CannedResponse;
import io.github.posthogcatalog.maven.standin.PostHogStandIn;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PostHogClientErrorsTest {

    private final PostHogStandIn posthog = PostHogStandIn.start();
    private final ClientFixture fixture = new ClientFixture();

    @AfterEach
    void stop() {
        posthog.close();
    }

    @Test
    void wrongKeyAsksForNewKey() {
        PostHogClient client = client(1, "phx_test_wrong_key");

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class, client::listActions);

        assertThat(error.status()).isEqualTo(401);
        assertThat(error.code()).isEqualTo("authentication_failed");
        assertThat(error.getMessage())
                .contains("GET /api/projects/1/actions/")
                .contains("Create a new personal API key")
                .contains("POSTHOG_PERSONAL_API_KEY")
                .doesNotContain("phx_test_wrong_key");
    }

    @Test
    void missingScopeIsNamed() {
        posthog.addApiKey("phx_test_reader", "action:read");
        PostHogClient client = client(1, "phx_test_reader");

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class,
                () -> client.createAction(object("{\"name\": \"A\"}")));

        assertThat(error.status()).isEqualTo(403);
        assertThat(error.ambiguous()).isFalse();
        assertThat(error.getMessage())
                .contains("lacks the scope 'action:write'")
                .contains("add the scope 'action:write'")
                .contains("POST /api/projects/1/actions/");
    }

    @Test
    void unknownProjectNamesProjectIdAndHosts() {
        PostHogClient client = client(999, PostHogStandIn.DEFAULT_KEY);

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class, client::listActions);

        assertThat(error.status()).isEqualTo(404);
        assertThat(error.getMessage())
                .contains("project 999 was not found on " + posthog.baseUri())
                .contains("posthog.projectId")
                .contains("posthog.host")
                .contains("https://eu.posthog.com")
                .contains("https://us.posthog.com");
    }

    @Test
    void inaccessibleProjectNamesProjectId() {
        posthog.addProject(2).addApiKey("phx_test_project_two", Set.of(), Set.of(2L));
        PostHogClient client = client(1, "phx_test_project_two");

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class, client::listActions);

        assertThat(error.status()).isEqualTo(403);
        assertThat(error.getMessage())
                .contains("cannot access PostHog project 1")
                .contains("API key does not have access to the requested project: ID 1.")
                .contains("posthog.projectId");
    }

    @Test
    void validationErrorNamesFieldAndObject() {
        long existing = posthog.seedAction(1, object("{\"name\": \"Signed up\"}")).get("id").asLong();
        PostHogClient client = client(1, PostHogStandIn.DEFAULT_KEY);

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class,
                () -> client.createAction(object("{\"name\": \"Signed up\"}")));

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.code()).isEqualTo("unique");
        assertThat(error.attr()).isEqualTo("name");
        assertThat(error.ambiguous()).isFalse();
        assertThat(error.getMessage())
                .contains("Action 'Signed up'")
                .contains("field 'name'")
                .contains("This project already has an action with this name, ID " + existing)
                .contains("POST /api/projects/1/actions/");
    }

    @Test
    void paymentRequiredSaysPaidFeature() {
        posthog.faults().respond(new CannedResponse("PATCH", "/api/projects/1/actions/5/", null, 402,
                "{\"type\": \"server_error\", \"code\": \"payment_required\", \"detail\": \"This feature is part of the"
                        + " premium PostHog offering.\", \"attr\": null}", 1));

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class,
                () -> client(1, PostHogStandIn.DEFAULT_KEY).updateAction(5, object("{\"description\": \"x\"}")));

        assertThat(error.status()).isEqualTo(402);
        assertThat(error.getMessage()).contains("paid feature").contains("premium PostHog offering");
    }

    @Test
    void methodNotAllowedWithEmptyBody() {
        posthog.faults().respond(new CannedResponse("PATCH", "/api/projects/1/actions/5/", null, 405, "", 1));

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class,
                () -> client(1, PostHogStandIn.DEFAULT_KEY).updateAction(5, object("{\"name\": \"x\"}")));

        assertThat(error.status()).isEqualTo(405);
        assertThat(error.getMessage()).contains("does not allow PATCH /api/projects/1/actions/5/");
    }

    @Test
    void staleUpdateAsksToRunAgain() {
        PostHogClient client = client(1, PostHogStandIn.DEFAULT_KEY);
        var created = client.createHogFunction(object("{\"template_id\": \"template-slack\", \"name\": \"Alert\","
                + " \"inputs\": {\"slack_workspace\": {\"value\": 1}, \"channel\": {\"value\": \"C01\"}}}"));
        String id = created.get("id").asString();
        client.updateHogFunction(id, object("{\"description\": \"changed elsewhere\"}"));

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class, () -> client.updateHogFunction(id,
                object("{\"name\": \"Alert 2\", \"base_updated_at\": \"" + created.get("updated_at").asString() + "\"}")));

        assertThat(error.status()).isEqualTo(409);
        assertThat(error.code()).isEqualTo("stale_update");
        assertThat(error.getMessage()).contains("destination 'Alert 2'").contains("Run the goal again");
    }

    @Test
    void serverErrorsReportAttempts() {
        posthog.faults().failNext(3, 502);
        PostHogClient client = PostHogClient.create(fixture.settings(posthog.baseUri(), 1, PostHogStandIn.DEFAULT_KEY)
                .maxRetries(2).build());

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class, client::listActions);

        assertThat(error.status()).isEqualTo(502);
        assertThat(error.getMessage()).contains("failed with 502").contains("after 3 attempts");
        assertThat(client.requestCount()).isEqualTo(3);
    }

    @Test
    void nonJsonErrorBodyIsQuoted() {
        posthog.faults().respond(new CannedResponse("GET", "/api/projects/1/actions/", null, 418,
                "<html><body>I'm a teapot</body></html>", 1));

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class,
                () -> client(1, PostHogStandIn.DEFAULT_KEY).listActions());

        assertThat(error.status()).isEqualTo(418);
        assertThat(error.getMessage()).contains("I'm a teapot");
    }

    @Test
    void malformedSuccessBodyIsReported() {
        posthog.faults().malformedNext(1);

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class,
                () -> client(1, PostHogStandIn.DEFAULT_KEY).listActions());

        assertThat(error.getMessage()).contains("not the expected JSON");
        assertThat(error.ambiguous()).isFalse();
    }

    @Test
    void redirectIsNotFollowed() {
        posthog.faults().respond(new CannedResponse("GET", "/api/projects/1/actions/", null, 301, "", 1));

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class,
                () -> client(1, PostHogStandIn.DEFAULT_KEY).listActions());

        assertThat(error.status()).isEqualTo(301);
        assertThat(error.getMessage()).contains("redirected").contains("Set posthog.host");
    }

    @Test
    void unreachableHostReportsAttempts() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PostHogClient client = PostHogClient.create(fixture.settings(URI.create("http://127.0.0.1:" + closedPort), 1,
                PostHogStandIn.DEFAULT_KEY).maxRetries(2).build());

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class,
                () -> client.createAction(object("{\"name\": \"A\"}")));

        assertThat(error.status()).isZero();
        assertThat(error.ambiguous()).as("a refused connection never reached PostHog").isFalse();
        assertThat(error.getMessage()).contains("Could not reach PostHog").contains("after 3 attempts");
        assertThat(client.requestCount()).isEqualTo(3);
    }

    private PostHogClient client(long projectId, String key) {
        return PostHogClient.create(fixture.settings(posthog.baseUri(), projectId, key).build());
    }
}
