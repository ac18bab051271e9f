package io.github.posthogcatalog.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps events in memory, in the order they were sent, so that tests can check what an application
 * sends without a PostHog project. It needs no test framework: failed checks throw
 * {@link AssertionError}, which JUnit, TestNG and plain {@code assert} users all report.
 *
 * <pre>{@code
 * RecordingSink sink = new RecordingSink();
 * // the code under test sends through the catalog's generated entry class, made with this sink
 *
 * sink.assertSent("espi-message")
 *         .withDistinctId("user-1")
 *         .withProperty("token_count", 42)
 *         .withoutProperty("model")
 *         .assertCount(1);
 * }</pre>
 *
 * <p>Property values are compared in wire form, as {@link CapturedEvent} holds them: a
 * {@code BigDecimal} property is the string {@code "1.50"}, an {@code Instant} is its ISO-8601
 * string. Numbers compare by value, so an {@code int} property recorded as {@link Integer} equals
 * an expected {@code 42L} or {@code 42.0}.
 *
 * <p>The sink is thread-safe. Like {@link PostHogSink} it rejects events sent after
 * {@link #close()}, so a test catches an application that sends during or after shutdown.
 */
public final class RecordingSink implements EventSink {

    private final List<CapturedEvent> events = new ArrayList<>();
    private boolean closed;

    /** Creates an empty, open sink. */
    public RecordingSink() {}

    /**
     * Records one event.
     *
     * @throws IllegalStateException when the sink is closed
     */
    @Override
    public synchronized void send(CapturedEvent event) {
        Objects.requireNonNull(event, "event");
        if (closed) {
            throw new IllegalStateException("RecordingSink is closed, so event '" + event.event()
                    + "' was not recorded: the code under test sent it after close()");
        }
        events.add(event);
    }

    /** Marks the sink closed; the events recorded so far stay readable. Calling it again does nothing. */
    @Override
    public synchronized void close() {
        closed = true;
    }

    /** Tells whether {@link #close()} has been called. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** Returns a snapshot of every recorded event, in the order sent. */
    public synchronized List<CapturedEvent> events() {
        return List.copyOf(events);
    }

    /** Returns a snapshot of the recorded events with this wire name, in the order sent. */
    public synchronized List<CapturedEvent> eventsNamed(String event) {
        Objects.requireNonNull(event, "event");
        return events.stream().filter(recorded -> recorded.event().equals(event)).toList();
    }

    /** Forgets every recorded event, for example between the steps of a test. */
    public synchronized void clear() {
        events.clear();
    }

    /**
     * Checks that at least one event with this wire name was sent, and returns an assertion over
     * those events that narrows them further.
     *
     * @throws AssertionError when no event has this name; the message lists every recorded event
     */
    public RecordedEventAssert assertSent(String event) {
        Objects.requireNonNull(event, "event");
        return new RecordedEventAssert(event, events()).requireMatches();
    }

    /**
     * Checks that no event with this wire name was sent.
     *
     * @throws AssertionError when one was; the message lists every recorded event
     */
    public void assertNotSent(String event) {
        Objects.requireNonNull(event, "event");
        List<CapturedEvent> recorded = events();
        if (recorded.stream().anyMatch(e -> e.event().equals(event))) {
            throw new AssertionError("Expected no event '" + event + "', but it was sent.\n"
                    + EventListing.of(recorded));
        }
    }

    /**
     * Checks that no event at all was sent.
     *
     * @throws AssertionError when one was; the message lists every recorded event
     */
    public void assertNothingSent() {
        List<CapturedEvent> recorded = events();
        if (!recorded.isEmpty()) {
            throw new AssertionError("Expected no events, but " + recorded.size()
                    + (recorded.size() == 1 ? " was" : " were") + " sent.\n"
                    + EventListing.of(recorded));
        }
    }
}
