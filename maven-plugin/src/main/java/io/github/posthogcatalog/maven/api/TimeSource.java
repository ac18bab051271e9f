package io.github.posthogcatalog.maven.api;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock and the sleep that the client uses for backoff and rate limiting. Tests pass a fake one
 * so that waits of many seconds take no time; production code uses {@link #SYSTEM}.
 */
public interface TimeSource {

    /** The system clocks and {@link Thread#sleep(long)}. */
    TimeSource SYSTEM = new TimeSource() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        }
    };

    /** Returns a monotonic time in nanoseconds, for measuring intervals only. */
    long nanoTime();

    /** Returns the wall-clock time, for HTTP dates in {@code Retry-After}. */
    Instant now();

    /** Blocks the calling thread for the given duration; zero or negative returns at once. */
    void sleep(Duration duration) throws InterruptedException;
}
