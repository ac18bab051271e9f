package io.github.posthogcatalog.runtime;

/**
 * Where generated emitters send events. {@link PostHogSink} sends them to PostHog;
 * {@link RecordingSink} keeps them in memory for tests. Implementations are thread-safe.
 */
public interface EventSink extends AutoCloseable {

    /**
     * Sends one event. The event has been validated already; a sink may queue it and send it later,
     * but must not lose it before {@link #close()} returns.
     */
    void send(CapturedEvent event);

    /** Sends every queued event now and waits until that is done. */
    default void flush() {}

    /** Flushes, then releases the sink's resources. Events sent afterwards are rejected. */
    @Override
    default void close() {
        flush();
    }
}
