package io.github.posthogcatalog.maven.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StandInFaultsTest {

    private static final String ACTIONS = "/api/projects/1/actions/";

    private final PostHogStandIn posthog = PostHogStandIn.start();
    private final StandInHttp http = new StandInHttp(posthog.baseUri());

    @AfterEach
    void stop() {
        posthog.close();
    }

    @Test
    void latencyDelaysEveryRequest() {
        posthog.faults().latency(Duration.ofMillis(250));

        long started = System.nanoTime();
        http.get(ACTIONS);
        http.get(ACTIONS);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
    }

    @Test
    void queuedFaultsAnswerInOrderThenNormal() {
        posthog.faults().throttleNext(1, "2").failNext(1, 503).malformedNext(1);

        StandInHttp.Reply throttled = http.get(ACTIONS);
        StandInHttp.Reply unavailable = http.get(ACTIONS);
        StandInHttp.Reply malformed = http.get(ACTIONS);
        StandInHttp.Reply normal = http.get(ACTIONS);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(throttled.json().get("code").asString()).isEqualTo("throttled");
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.json().get("type").asString()).isEqualTo("server_error");
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.json()).isNull();
        assertThat(normal.status()).isEqualTo(200);
    }

    @Test
    void faultedRequestsAreNotApplied() {
        posthog.faults().failNext(1, 500).resetNext(1);

        http.post(ACTIONS, "{\"name\": \"A\"}");
        assertThatThrownBy(() -> http.post(ACTIONS, "{\"name\": \"B\"}")).isInstanceOf(UncheckedIOException.class);

        assertThat(posthog.actions(1)).isEmpty();
    }

    @Test
    void resetClosesWithoutResponse() {
        posthog.faults().resetNext(1);

        // A POST, because java.net.http repeats a GET once by itself when the connection drops.
        assertThatThrownBy(() -> http.post(ACTIONS, "{}")).isInstanceOf(UncheckedIOException.class);
        assertThat(posthog.requests()).singleElement().satisfies(request -> {
            assertThat(request.status()).isZero();
            assertThat(request.fault()).isEqualTo("reset");
        });
    }

    @Test
    void failedWriteIsAppliedFirst() {
        posthog.faults().failWrite(2, Faults.WriteFailure.ERROR_AFTER_APPLY);

        StandInHttp.Reply first = http.post(ACTIONS, "{\"name\": \"A\"}");
        StandInHttp.Reply read = http.get(ACTIONS);
        StandInHttp.Reply second = http.post(ACTIONS, "{\"name\": \"B\"}");
        StandInHttp.Reply third = http.post(ACTIONS, "{\"name\": \"C\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(read.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(500);
        assertThat(third.status()).isEqualTo(201);
        assertThat(posthog.actions(1)).extracting(action -> action.get("name").asString()).containsExactly("A", "B", "C");
    }

    @Test
    void resetAfterWriteIsApplied() {
        posthog.faults().failWrite(1, Faults.WriteFailure.RESET_AFTER_APPLY);

        assertThatThrownBy(() -> http.post(ACTIONS, "{\"name\": \"A\"}")).isInstanceOf(UncheckedIOException.class);

        assertThat(posthog.actions(1)).hasSize(1);
    }

    @Test
    void cannedResponseMatchesPathAndQuery() {
        posthog.faults().respond(new Faults.CannedResponse("GET", "/api/projects/1/hog_functions", "offset=", 402,
                "{\"type\": \"server_error\", \"code\": \"payment_required\", \"detail\": \"x\", \"attr\": null}", 1));

        StandInHttp.Reply other = http.get("/api/projects/1/hog_functions/");
        StandInHttp.Reply canned = http.get("/api/projects/1/hog_functions/?offset=2");
        StandInHttp.Reply usedUp = http.get("/api/projects/1/hog_functions/?offset=2");

        assertThat(other.status()).isEqualTo(200);
        assertThat(canned.status()).isEqualTo(402);
        assertThat(canned.json().get("code").asString()).isEqualTo("payment_required");
        assertThat(usedUp.status()).isEqualTo(200);
    }

    @Test
    void recordingRedactsAuthorization() {
        http.post(ACTIONS, "{\"name\": \"A\"}");

        List<RecordedRequest> requests = posthog.requests();

        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo(ACTIONS);
            assertThat(request.body()).isEqualTo("{\"name\": \"A\"}");
            assertThat(request.status()).isEqualTo(201);
            assertThat(request.header("Authorization")).isEqualTo("Bearer [redacted]");
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.toString()).doesNotContain(PostHogStandIn.DEFAULT_KEY);
        });
    }
}
