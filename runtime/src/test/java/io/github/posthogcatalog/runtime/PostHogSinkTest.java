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
    void sendsRacingCloseAreDeliveredOrRejected() throws Exception {
        // Each round starts three senders and closes the sink once one of them has sent an event:
        // every send must either reach PostHog or throw, never return normally and then be lost.
        int threads = 3;
        ExecutorService senders = Executors.newFixedThreadPool(threads);
        long expected = 0;
        for (int round = 0; round < 12; round++) {
            PostHogSink sink = PostHogSink.create(FAKE_KEY, posthog.host());
            CountDownLatch sending = new CountDownLatch(1);

            List<Future<Long>> accepted = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                long first = (round * threads + thread) * 1_000L;
                accepted.add(senders.submit(() -> sendUntilRejected(sink, first, sending)));
            }
            sending.await(30, TimeUnit.SECONDS);
            sink.close();
            for (Future<Long> sender : accepted) {
                expected += sender.get(30, TimeUnit.SECONDS);
            }
        }
        senders.shutdown();

        List<Long> received = new ArrayList<>();
        posthog.batchedEvents().forEach(e -> received.add(e.get("properties").get("seq").asLong()));
        assertThat(received).hasSize((int) expected);
        assertThat(new HashSet<>(received)).hasSize((int) expected);
    }

    @Test
    void handedOverEventKeepsGroupsAndTimestamp() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("order_id", "ord-42");
        properties.put("total_cents", 129_900L);
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("company", "acme");
        groups.put("project", "p-42");
        Instant placedAt = Instant.parse("2026-01-04T10:15:30.123Z");

        try (PostHogSink sink = PostHogSink.create(FAKE_KEY, posthog.host())) {
            sink.send(CapturedEvent.handOver("order-placed", "user-1", properties, groups,
                    placedAt));
        }

        JsonNode event = posthog.batchedEvents().get(0);
        JsonNode sent = event.get("properties");
        assertThat(event.get("event").asString()).isEqualTo("order-placed");
        assertThat(Instant.parse(event.get("timestamp").asString())).isEqualTo(placedAt);
        assertThat(sent.get("order_id").asString()).isEqualTo("ord-42");
        assertThat(sent.get("total_cents").asLong()).isEqualTo(129_900L);
        assertThat(sent.get("$groups").get("company").asString()).isEqualTo("acme");
        assertThat(sent.get("$groups").get("project").asString()).isEqualTo("p-42");
    }

    @Test
    void eventWithoutGroupsSendsNoGroups() {
        try (PostHogSink sink = PostHogSink.create(FAKE_KEY, posthog.host())) {
            sink.send(CapturedEvent.handOver("page-viewed", "user-1",
                    new LinkedHashMap<>(Map.of("path", "/settings")), new LinkedHashMap<>(),
                    null));
        }

        JsonNode sent = posthog.batchedEvents().get(0).get("properties");
        assertThat(sent.get("path").asString()).isEqualTo("/settings");
        assertThat(sent.has("$groups")).isFalse();
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

    /**
     * Sends events numbered from {@code first} until the sink rejects one or 20 are sent, and counts
     * {@code sending} down after the first send, accepted or not. Returns how many events the sink
     * accepted.
     */
    private static long sendUntilRejected(PostHogSink sink, long first, CountDownLatch sending) {
        long accepted = 0;
        try {
            while (accepted < 20) {
                sink.send(event("race", "user-1", Map.of("seq", first + accepted)));
                accepted++;
                sending.countDown();
            }
        } catch (IllegalStateException closed) {
            assertThat(closed).hasMessageContaining("PostHogSink is closed");
            sending.countDown();
        }
        return accepted;
    }

    static CapturedEvent event(String name, String distinctId, Map<String, Object> properties) {
        return new CapturedEvent(name, distinctId, new LinkedHashMap<>(properties), Map.of(),
                (Instant) null);
    }
}
