package io.github.posthogcatalog.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import io.github.posthogcatalog.runtime.LoopbackPostHog.Request;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Runs the real PostHog client against a loopback stand-in for PostHog. */
class PostHogSinkTest {

    private static final String FAKE_KEY = "phc_test_not_a_real_key";

    private LoopbackPostHog posthog;

    @BeforeEach
    void startPostHog() throws IOException {
        posthog = new LoopbackPostHog();
    }

    @AfterEach
    void stopPostHog() {
        posthog.close();
    }

    @Test
    void eventSentRightBeforeCloseArrivesOnce() {
        PostHogSink sink = PostHogSink.create(FAKE_KEY, posthog.host());

        sink.send(event("last-words", "user-1", Map.of("n", 1L)));
        sink.close();

        List<JsonNode> events = posthog.batchedEvents();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("event").asString()).isEqualTo("last-words");
        assertThat(events.get(0).get("distinct_id").asString()).isEqualTo("user-1");
    }

    @Test
    void closeDeliversEachOfManyEventsOnce() {
        // Repeats the close race many times: a sink that closed without waiting for the client's
        // queue thread would lose some of these single events.
        for (int round = 0; round < 25; round++) {
            PostHogSink sink = PostHogSink.create(FAKE_KEY, posthog.host());
            sink.send(event("round", "user-1", Map.of("round", (long) round)));
            sink.close();
        }

        Set<Long> rounds = new HashSet<>();
        for (JsonNode event : posthog.batchedEvents()) {
            assertThat(rounds.add(event.get("properties").get("round").asLong())).isTrue();
        }
        assertThat(rounds).hasSize(25);
    }

    @Test
    void concurrentEventsArriveExactlyOnce() throws Exception {
        int threads = 8;
        int perThread = 125;
        PostHogSink sink = PostHogSink.create(FAKE_KEY, posthog.host());
        ExecutorService senders = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);

        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            int first = thread * perThread;
            done.add(senders.submit(() -> {
                start.await();
                for (int seq = first; seq < first + perThread; seq++) {
                    sink.send(event("load", "user-" + (seq % 7), Map.of("seq", (long) seq)));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> sender : done) {
            sender.get(30, TimeUnit.SECONDS);
        }
        senders.shutdown();
        sink.close();

        List<Long> received = new ArrayList<>();
        posthog.batchedEvents().forEach(e -> received.add(e.get("properties").get("seq").asLong()));
        assertThat(received).hasSize(threads * perThread);
        assertThat(new HashSet<>(received)).hasSize(threads * perThread);
        assertThat(received).allSatisfy(seq -> assertThat(seq).isBetween(0L, 999L));
    }

    @Test
    void flushSendsQueuedEventsBeforeReturning() {
        try (PostHogSink sink = PostHogSink.create(FAKE_KEY, posthog.host())) {
            sink.send(event("first", "user-1", Map.of()));
            sink.send(event("second", "user-1", Map.of()));

            sink.flush();

            assertThat(posthog.batchedEvents()).extracting(e -> e.get("event").asString())
                    .containsExactlyInAnyOrder("first", "second");
        }
    }

    @Test
    void clientSendsOnlyBatchRequests() {
        try (PostHogSink sink = PostHogSink.create(FAKE_KEY, posthog.host())) {
            sink.send(event("only-event", "user-1", Map.of()));
        }

        // Feature-flag preloading, remote config and flag events would reach /flags, /decide
        // or /config; the sink turns them off.
        assertThat(posthog.requests()).isNotEmpty();
        assertThat(posthog.requests()).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/batch");
        });
    }

    @Test
    void batchRequestIsGzippedJson() {
        try (PostHogSink sink = PostHogSink.create(FAKE_KEY, posthog.host())) {
            sink.send(event("shape", "user-1", Map.of()));
        }

        Request request = posthog.requests().get(0);
        assertThat(request.contentEncoding()).isEqualTo("gzip");
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(request.body()).contains("\"api_key\":\"" + FAKE_KEY + "\"");
    }

    @Test
    void sendAfterCloseIsRejected() {
        PostHogSink sink = PostHogSink.create(FAKE_KEY, posthog.host());
        sink.close();

        assertThatThrownBy(() -> sink.send(event("late", "user-1", Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed")
                .hasMessageContaining("'late'");
        assertThat(sink.isClosed()).isTrue();
    }

    @Test
    void secondCloseDoesNothing() {
        PostHogSink sink = PostHogSink.create(FAKE_KEY, posthog.host());
        sink.send(event("once", "user-1", Map.of()));

        sink.close();
        sink.close();
        sink.flush();

        assertThat(posthog.batchedEvents()).hasSize(1);
    }

    @Test
    void wrappedClientIsFlushedAndClosed() {
        PostHogSink sink = PostHogSink.wrap(PostHog.with(
                PostHogConfig.builder(FAKE_KEY).host(posthog.host()).preloadFeatureFlags(false)
                        .build()));

        sink.send(event("wrapped", "user-1", Map.of()));
        sink.close();

        assertThat(posthog.batchedEvents()).extracting(e -> e.get("event").asString())
                .containsExactly("wrapped");
    }

    @Test
    void blankKeyIsRejected() {
        assertThatThrownBy(() -> PostHogSink.create(" ", posthog.host()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("project API key is blank");
    }

    @Test
    void hostWithoutSchemeIsRejected() {
        assertThatThrownBy(() -> PostHogSink.create(FAKE_KEY, "eu.i.posthog.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid PostHog host 'eu.i.posthog.com'")
                .hasMessageNotContaining(FAKE_KEY);
    }

    static CapturedEvent event(String name, String distinctId, Map<String, Object> properties) {
        return new CapturedEvent(name, distinctId, new LinkedHashMap<>(properties), Map.of(),
                (Instant) null);
    }
}
