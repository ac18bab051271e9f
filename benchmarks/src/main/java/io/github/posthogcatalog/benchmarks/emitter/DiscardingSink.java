package io.github.posthogcatalog.benchmarks.emitter;

import io.github.posthogcatalog.runtime.CapturedEvent;
import io.github.posthogcatalog.runtime.EventSink;

/**
 * A sink that keeps only the last event, so that the emitter benchmark can measure the emitter and
 * {@link CapturedEvent} alone, without {@code PostHogSink}'s conversion. Keeping the event in a field
 * lets it escape, so the JIT cannot drop the work that built it.
 */
public final class DiscardingSink implements EventSink {

    private CapturedEvent last;

    @Override
    public void send(CapturedEvent event) {
        last = event;
    }

    /** Returns the last event sent, or null before the first one. */
    public CapturedEvent last() {
        return last;
    }
}
