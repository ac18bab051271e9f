package io.github.posthogcatalog.maven.api;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets no more than a given number of requests start in any window of the given length, across all
 * threads that share the limiter. It keeps the start times of the last {@code limit} requests (a
 * sliding log), so that a burst at the end of one minute and another at the start of the next cannot
 * add up beyond the limit, as they could with fixed one-minute buckets.
 *
 * <p>PostHog counts its 480 requests per minute per personal API key, so {@link #shared} hands every
 * client of the same host and key in this JVM the same limiter.
 */
public final class SlidingWindowRateLimiter {

    private static final Map<SharedKey, SlidingWindowRateLimiter> SHARED = new ConcurrentHashMap<>();

    private final Duration window;
    private final TimeSource timeSource;
    private final Deque<Long> starts = new ArrayDeque<>();
    private int limit;
    private long pausedUntilNanos;
    private boolean paused;

    /**
     * Creates a limiter that is not shared.
     *
     * @param limit the maximum number of requests in any window
     * @param window the window length, 60 s for a per-minute limit
     * @param timeSource the clock and sleep
     */
    public SlidingWindowRateLimiter(int limit, Duration window, TimeSource timeSource) {
        if (limit < 1) {
            throw new IllegalArgumentException("The rate limit must be 1 or more, but was " + limit);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The rate-limit window must be positive, but was " + window);
        }
        this.limit = limit;
        this.window = window;
        this.timeSource = Objects.requireNonNull(timeSource, "timeSource");
    }

    /**
     * Returns the limiter for a host and key, creating it on first use. When clients ask for
     * different limits, the lowest one applies to all of them, so the strictest setting is honoured.
     */
    static SlidingWindowRateLimiter shared(String host, ApiKey key, int requestsPerMinute, TimeSource timeSource) {
        SharedKey sharedKey = new SharedKey(host, key.digest(), timeSource);
        SlidingWindowRateLimiter limiter = SHARED.computeIfAbsent(
                sharedKey, ignored -> new SlidingWindowRateLimiter(requestsPerMinute, Duration.ofMinutes(1), timeSource));
        limiter.lowerLimitTo(requestsPerMinute);
        return limiter;
    }

    /** Returns the current limit per window. */
    public synchronized int limit() {
        return limit;
    }

    /**
     * Blocks until a request may start without exceeding the limit, and counts it.
     *
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    public void acquire() throws InterruptedException {
        while (true) {
            long waitNanos = tryAcquire();
            if (waitNanos <= 0) {
                return;
            }
            timeSource.sleep(Duration.ofNanos(waitNanos));
        }
    }

    /**
     * Stops every caller from starting a request for the given time, for example after PostHog
     * answered 429 with the wait it expects. A shorter pause than one already in force changes nothing.
     */
    public synchronized void pauseFor(Duration duration) {
        long until = timeSource.nanoTime() + duration.toNanos();
        if (!paused || until - pausedUntilNanos > 0) {
            pausedUntilNanos = until;
            paused = true;
        }
    }

    private synchronized void lowerLimitTo(int requested) {
        limit = Math.min(limit, requested);
    }

    /** Takes a slot and returns 0, or returns how many nanoseconds to wait before asking again. */
    private synchronized long tryAcquire() {
        long now = timeSource.nanoTime();
        if (paused && pausedUntilNanos - now > 0) {
            return pausedUntilNanos - now;
        }
        paused = false;

        long windowNanos = window.toNanos();
        while (!starts.isEmpty() && now - starts.peekFirst() >= windowNanos) {
            starts.pollFirst();
        }
        if (starts.size() < limit) {
            starts.addLast(now);
            return 0;
        }
        // The oldest start leaves the window first; a limit lowered since then may need several to leave.
        return Math.max(1, starts.peekFirst() + windowNanos - now);
    }

    private record SharedKey(String host, String keyDigest, TimeSource timeSource) {}
}
