package io.github.posthogcatalog.maven.standin;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * PostHog's burst throttle: Django REST framework's {@code SimpleRateThrottle} with the rate
 * {@code 480/minute}, keyed by the personal API key. It keeps the times of the requests in the last
 * window; a request is refused when the window already holds the limit, and refused requests are not
 * counted. The wait it reports is the time until the oldest request leaves the window, rounded up to
 * whole seconds as DRF's {@code Throttled} message does.
 */
final class BurstThrottle {

    private final Map<String, Deque<Long>> history = new HashMap<>();
    private int limit;
    private Duration window;

    BurstThrottle(int limit, Duration window) {
        configure(limit, window);
    }

    synchronized void configure(int limit, Duration window) {
        if (limit < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("A throttle needs a limit of 1 or more and a positive window");
        }
        this.limit = limit;
        this.window = window;
        history.clear();
    }

    /** Counts a request for the key and returns 0, or returns the seconds to wait when it is refused. */
    synchronized long check(String key) {
        long now = System.nanoTime();
        Deque<Long> times = history.computeIfAbsent(key, ignored -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() >= window.toNanos()) {
            times.pollFirst();
        }
        if (times.size() < limit) {
            times.addLast(now);
            return 0;
        }
        long remainingNanos = times.peekFirst() + window.toNanos() - now;
        return Math.max(1, (remainingNanos + 999_999_999L) / 1_000_000_000L);
    }
}
