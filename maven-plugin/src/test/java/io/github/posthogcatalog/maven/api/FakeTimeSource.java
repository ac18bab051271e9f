package io.github.posthogcatalog.maven.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when someone sleeps, and remembers every sleep. Thread-safe. */
final class FakeTimeSource implements TimeSource {

    private final Instant start = Instant.parse("2026-03-01T12:00:00Z");
    private final List<Duration> sleeps = new ArrayList<>();
    private long nanos;

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized Instant now() {
        return start.plusNanos(nanos);
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        nanos += Math.max(0, duration.toNanos());
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
