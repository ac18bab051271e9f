package io.github.posthogcatalog.maven.api;

import static io.github.posthogcatalog.maven.api.ClientFixture.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogcatalog.maven.standin.Faults;
import io.github.posthogcatalog.maven.standin.Faults.CannedResponse;
import io.github.posthogcatalog.maven.standin.PostHogStandIn;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretHandlingTest {

    private static final String KEY = "phx_test_secret_that_must_not_leak";
    private static final String PROJECT_KEY = "phx_test_project_two_secret";

    @Test
    void apiKeyToStringHidesValue() {
        ApiKey key = ApiKey.of(KEY);

        assertThat(key.toString()).doesNotContain(KEY);
        assertThat(PostHogClientSettings.builder(URI.create("https://eu.posthog.com"), 5, key).build().toString())
                .doesNotContain(KEY);
    }

    @Test
    void blankKeyIsRejected() {
        assertThatThrownBy(() -> ApiKey.of("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyNeverInMessagesOrDebugLog() {
        List<String> texts = new ArrayList<>();
        ClientFixture fixture = new ClientFixture();
        try (PostHogStandIn posthog = PostHogStandIn.start()) {
            posthog.addApiKey(KEY, "action:read").addProject(2).addApiKey(PROJECT_KEY, Set.of(), Set.of(2L));
            PostHogClient client = PostHogClient.create(fixture.settings(posthog.baseUri(), 1, KEY).maxRetries(1).build());
            PostHogClient wrongProject = PostHogClient.create(fixture.settings(posthog.baseUri(), 1, PROJECT_KEY).build());
            PostHogClient missingProject = PostHogClient.create(fixture.settings(posthog.baseUri(), 77, KEY).build());
            PostHogClient revoked = PostHogClient.create(fixture.settings(posthog.baseUri(), 1, KEY + "_revoked").build());

            collect(texts, () -> client.createAction(object("{\"name\": \"A\"}")));
            collect(texts, wrongProject::listActions);
            collect(texts, missingProject::listActions);
            collect(texts, revoked::listActions);
            posthog.faults().failNext(2, 500);
            collect(texts, client::listActions);
            posthog.faults().respond(new CannedResponse("GET", "/api/projects/1/actions/", null, 400,
                    "{\"type\": \"validation_error\", \"code\": \"invalid_input\", \"detail\": \"bad\", \"attr\": \"x\"}", 1));
            collect(texts, client::listActions);
            posthog.faults().malformedNext(1);
            collect(texts, client::listActions);
            posthog.faults().resetNext(2);
            collect(texts, client::listActions);
            posthog.addApiKey(KEY);
            posthog.faults().failWrite(1, Faults.WriteFailure.ERROR_AFTER_APPLY);
            collect(texts, () -> client.createAction(object("{\"name\": \"B\"}")));

            texts.add(posthog.requests().toString());
        }
        texts.addAll(fixture.debugLines);

        assertThat(texts).hasSizeGreaterThan(10);
        assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(KEY).doesNotContain(PROJECT_KEY));
        assertThat(fixture.debugLines).noneMatch(line -> line.toLowerCase().contains("authorization"));
    }

    private static void collect(List<String> texts, Runnable call) {
        try {
            call.run();
            texts.add("succeeded");
        } catch (PostHogApiException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                texts.add(String.valueOf(cause.getMessage()));
                texts.add(cause.toString());
            }
        }
    }
}
