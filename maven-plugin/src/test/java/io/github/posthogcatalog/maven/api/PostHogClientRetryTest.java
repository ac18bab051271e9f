package io.github.posthogcatalog.maven.api;

import static io.github.posthogcatalog.maven.api.ClientFixture.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.posthogcatalog.maven.standin.Faults;
import io.github.posthogcatalog.maven.standin.Faults.CannedResponse;
import io.github.posthogcatalog.maven.standin.PostHogStandIn;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PostHogClientRetryTest {

    private static final String ACTIONS = "/api/projects/1/actions/";

    private final PostHogStandIn posthog = PostHogStandIn.start();
    private final ClientFixture fixture = new ClientFixture();
    private final PostHogClient client = fixture.client(posthog);

    @AfterEach
    void stop() {
        posthog.close();
    }

    @Test
    void throttleWaitIsReadFromDetail() {
        posthog.faults().respond(new CannedResponse("GET", ACTIONS, null, 429, "{\"type\": \"throttled_error\","
                + " \"code\": \"throttled\", \"detail\": \"Request was throttled. Expected available in 7 seconds.\","
                + " \"attr\": null}", 1));

        assertThat(client.listActions()).isEmpty();
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(client.requestCount()).isEqualTo(2);
    }

    @Test
    void retryAfterSecondsIsHonoured() {
        posthog.faults().throttleNext(1, "3");

        client.listActions();

        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterHttpDateIsHonoured() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(fixture.time.now().plusSeconds(5).atOffset(ZoneOffset.UTC));
        posthog.faults().throttleNext(1, date);

        client.listActions();

        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void backoffGrowsWithJitterWithoutServerWait() {
        posthog.faults().failNext(3, 503);

        client.listActions();

        assertThat(fixture.time.sleeps()).hasSize(3);
        assertThat(fixture.time.sleeps().get(0)).isBetween(Duration.ofMillis(400), Duration.ofMillis(600));
        assertThat(fixture.time.sleeps().get(1)).isBetween(Duration.ofMillis(800), Duration.ofMillis(1200));
        assertThat(fixture.time.sleeps().get(2)).isBetween(Duration.ofMillis(1600), Duration.ofMillis(2400));
    }

    @Test
    void backoffIsCappedAtMaximum() {
        posthog.faults().failNext(4, 500);
        PostHogClient capped = PostHogClient.create(fixture.settings(posthog.baseUri(), 1, PostHogStandIn.DEFAULT_KEY)
                .initialBackoff(Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(2)).build());

        capped.listActions();

        assertThat(fixture.time.sleeps()).hasSize(4).allSatisfy(sleep -> assertThat(sleep).isLessThanOrEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void waitBeyondMaximumFailsAtOnce() {
        posthog.faults().respond(new CannedResponse("GET", ACTIONS, null, 429, "{\"type\": \"throttled_error\","
                + " \"code\": \"throttled\", \"detail\": \"Request was throttled. Expected available in 3600 seconds.\","
                + " \"attr\": null}", 1));

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class, client::listActions);

        assertThat(error.status()).isEqualTo(429);
        assertThat(error.getMessage()).contains("asked to wait 3600.0 s").contains("maximum backoff of 60.0 s");
        assertThat(fixture.time.sleeps()).isEmpty();
    }

    @Test
    void exhaustedThrottlingReportsAttempts() {
        posthog.faults().throttleNext(10);
        PostHogClient few = PostHogClient.create(fixture.settings(posthog.baseUri(), 1, PostHogStandIn.DEFAULT_KEY)
                .maxRetries(1).build());

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class, few::listActions);

        assertThat(error.getMessage()).contains("kept throttling").contains("after 2 attempts");
    }

    @Test
    void patchIsRetriedOnServerError() {
        long id = posthog.seedAction(1, object("{\"name\": \"A\"}")).get("id").asLong();
        posthog.faults().failNext(1, 502);

        assertThat(client.updateAction(id, object("{\"name\": \"B\"}")).get("name").asString()).isEqualTo("B");
        assertThat(client.requestCount()).isEqualTo(2);
    }

    @Test
    void getIsRetriedAfterConnectionReset() {
        // java.net.http repeats a GET once by itself on a dropped connection, so two resets reach the client.
        posthog.faults().resetNext(2);

        assertThat(client.listActions()).isEmpty();
        assertThat(client.requestCount()).isEqualTo(2);
    }

    @Test
    void createIsRetriedWhenThrottled() {
        posthog.faults().throttleNext(1);

        client.createAction(object("{\"name\": \"A\"}"));

        assertThat(posthog.actions(1)).hasSize(1);
        assertThat(client.requestCount()).isEqualTo(2);
    }

    @Test
    void createFailingWithServerErrorIsAmbiguous() {
        posthog.faults().failNext(1, 503);

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class,
                () -> client.createAction(object("{\"name\": \"A\"}")));

        assertThat(error.ambiguous()).isTrue();
        assertThat(error.status()).isEqualTo(503);
        assertThat(error.getMessage()).contains("Action 'A'").contains("may have created it").contains("list");
        assertThat(client.requestCount()).isEqualTo(1);
    }

    @Test
    void createAppliedThenFailedIsAmbiguous() {
        posthog.faults().failWrite(1, Faults.WriteFailure.ERROR_AFTER_APPLY);

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class,
                () -> client.createAction(object("{\"name\": \"A\"}")));

        assertThat(error.ambiguous()).isTrue();
        assertThat(posthog.actions(1)).hasSize(1);
        assertThat(client.listActions()).extracting(action -> action.get("name").asString()).containsExactly("A");
    }

    @Test
    void createResetAfterApplyIsAmbiguous() {
        posthog.faults().failWrite(1, Faults.WriteFailure.RESET_AFTER_APPLY);

        PostHogApiException error = catchThrowableOfType(PostHogApiException.class,
                () -> client.createHogFunction(object("{\"template_id\": \"template-slack\", \"name\": \"Alert\","
                        + " \"inputs\": {\"slack_workspace\": {\"value\": 1}, \"channel\": {\"value\": \"C01\"}}}")));

        assertThat(error.ambiguous()).isTrue();
        assertThat(error.status()).isZero();
        assertThat(error.getMessage()).contains("destination 'Alert'").contains("after the request was sent");
        assertThat(posthog.hogFunctions(1)).hasSize(1);
        assertThat(client.requestCount()).isEqualTo(1);
    }

    @Test
    void retriesAreLogged() {
        posthog.faults().failNext(1, 504);

        client.listActions();

        assertThat(fixture.debugLines).hasSize(3);
        assertThat(fixture.debugLines.get(0)).startsWith("PostHog GET /api/projects/1/actions/ -> 504");
        assertThat(fixture.debugLines.get(1)).contains("retrying after 504 in");
        assertThat(fixture.debugLines.get(2)).contains("-> 200").contains("(attempt 2)");
    }
}
