package io.github.posthogcatalog.benchmarks.sync;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Counts requests per sliding time window, as PostHog's burst throttle does. */
final class RequestWindows {

    private RequestWindows() {}

    /**
     * Returns the highest number of requests that any window of the given length contains. Every
     * window that contains a maximum can be moved to start at one of the requests, so it is enough to
     * count from each request onwards.
     *
     * @param nanos the times of the requests from one monotonic clock, in any order
     */
    static int maxInAnyWindow(List<Long> nanos, Duration window) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        long length = window.toNanos();
        int max = 0;
        int end = 0;
        for (int start = 0; start < sorted.length; start++) {
            while (end < sorted.length && sorted[end] - sorted[start] < length) {
                end++;
            }
            max = Math.max(max, end - start);
        }
        return max;
    }
}
