package io.github.posthogcatalog.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RecordingSinkTest {

    private final RecordingSink sink = new RecordingSink();

    @Test
    void eventsKeepSendingOrder() {
        sink.send(event("a", "user-1", Map.of()));
        sink.send(event("b", "user-2", Map.of()));
        sink.send(event("a", "user-3", Map.of()));

        assertThat(sink.events()).extracting(CapturedEvent::distinctId)
                .containsExactly("user-1", "user-2", "user-3");
        assertThat(sink.eventsNamed("a")).extracting(CapturedEvent::distinctId)
                .containsExactly("user-1", "user-3");
    }

    @Test
    void fluentChecksPassOnMatchingEvent() {
        sink.send(new CapturedEvent("espi-message", "user-1",
                props("conversation_id", "c-7", "token_count", 42),
                Map.of("company", "acme"), Instant.parse("2026-12-04T10:15:30Z")));

        CapturedEvent found = sink.assertSent("espi-message")
                .withDistinctId("user-1")
                .withProperty("conversation_id", "c-7")
                .withProperty("token_count", 42L)
                .withProperty("token_count")
                .withoutProperty("model")
                .withGroup("company", "acme")
                .withTimestamp(Instant.parse("2026-12-04T10:15:30Z"))
                .assertCount(1)
                .single();

        assertThat(found.distinctId()).isEqualTo("user-1");
    }

    @Test
    void numbersCompareByValue() {
        sink.send(event("n", "user-1", props("i", 42, "l", 42L, "d", 42.0, "list", List.of(1, 2),
                "nested", Map.of("k", 7))));

        RecordedEventAssert sent = sink.assertSent("n");
        sent.withProperty("i", 42L).withProperty("i", 42.0).withProperty("i", new BigDecimal("42.00"));
        sent.withProperty("l", 42).withProperty("d", 42);
        sent.withProperty("list", List.of(1L, 2L)).withProperty("nested", Map.of("k", 7L));

        assertThatThrownBy(() -> sent.withProperty("i", 43L)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> sent.withProperty("i", "42")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> sent.withProperty("d", 0.1f)).isInstanceOf(AssertionError.class);
    }

    @Test
    void missingEventMessageListsWhatWasSent() {
        sink.send(event("espi-reply", "user-1", props("token_count", 41)));
        sink.send(event("login", "user-2", props("method", "sso")));

        assertThatThrownBy(() -> sink.assertSent("espi-message"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected an event named 'espi-message', but none was sent.
                        Recorded events (2):
                          1. espi-reply distinct_id="user-1" properties={token_count=41 (Integer)}
                          2. login distinct_id="user-2" properties={method="sso"}""");
    }

    @Test
    void mismatchedPropertyMessageStatesConditions() {
        sink.send(event("espi-message", "user-1", props("token_count", 41L)));

        assertThatThrownBy(() -> sink.assertSent("espi-message").withDistinctId("user-1")
                .withProperty("token_count", 42L))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected an event named 'espi-message', with distinct id "user-1", \
                        with property token_count=42, but none matched.
                        Recorded events (1):
                          1. espi-message distinct_id="user-1" properties={token_count=41}""");
    }

    @Test
    void wrongCountMessageGivesBothNumbers() {
        sink.send(event("ping", "user-1", Map.of()));
        sink.send(event("ping", "user-1", Map.of()));

        assertThatThrownBy(() -> sink.assertSent("ping").assertCount(1))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected 1 event named 'ping', but 2 matched.\n")
                .hasMessageContaining("Recorded events (2):");
        assertThatThrownBy(() -> sink.assertSent("ping").single())
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void groupMismatchMessageShowsGroups() {
        sink.send(new CapturedEvent("g", "user-1", Map.of(), Map.of("company", "acme"), null));

        assertThatThrownBy(() -> sink.assertSent("g").withGroup("company", "globex"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("with group company=\"globex\", but none matched.")
                .hasMessageContaining("groups={company=\"acme\"}");
    }

    @Test
    void nothingSentChecks() {
        sink.assertNothingSent();
        sink.assertNotSent("ping");

        sink.send(event("ping", "user-1", Map.of()));

        assertThatThrownBy(sink::assertNothingSent)
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected no events, but 1 was sent.\nRecorded events (1):\n"
                        + "  1. ping distinct_id=\"user-1\" properties={}");
        assertThatThrownBy(() -> sink.assertNotSent("ping"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected no event 'ping', but it was sent.");
        sink.assertNotSent("pong");
    }

    @Test
    void noEventsMessageSaysSo() {
        assertThatThrownBy(() -> sink.assertSent("ping"))
                .hasMessage("Expected an event named 'ping', but none was sent.\n"
                        + "No events were recorded.");
    }

    @Test
    void clearForgetsEvents() {
        sink.send(event("ping", "user-1", Map.of()));

        sink.clear();

        assertThat(sink.events()).isEmpty();
        sink.assertNothingSent();
    }

    @Test
    void sendAfterCloseIsRejected() {
        sink.send(event("before", "user-1", Map.of()));
        sink.close();
        sink.close();

        assertThatThrownBy(() -> sink.send(event("after", "user-1", Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'after'")
                .hasMessageContaining("after close()");
        assertThat(sink.isClosed()).isTrue();
        assertThat(sink.events()).extracting(CapturedEvent::event).containsExactly("before");
    }

    @Test
    void concurrentSendsAreAllRecorded() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            int first = thread * 500;
            done.add(senders.submit(() -> {
                start.await();
                for (int seq = first; seq < first + 500; seq++) {
                    sink.send(event("load", "user-1", props("seq", seq)));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> sender : done) {
            sender.get(30, TimeUnit.SECONDS);
        }
        senders.shutdown();

        assertThat(sink.events()).hasSize(4000);
        assertThat(sink.events()).extracting(e -> e.properties().get("seq"))
                .doesNotHaveDuplicates();
        sink.assertSent("load").withProperty("seq", 3999L).assertCount(1);
    }

    private static CapturedEvent event(String name, String distinctId, Map<String, Object> props) {
        return new CapturedEvent(name, distinctId, props, Map.of(), null);
    }

    /** Returns an ordered map of alternating names and values. */
    private static Map<String, Object> props(Object... namesAndValues) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            properties.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return properties;
    }
}
