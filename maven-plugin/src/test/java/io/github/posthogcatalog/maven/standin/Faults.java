package io.github.posthogcatalog.maven.standin;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Faults that the stand-in injects into PostHog API requests (never into {@code /_standin/}
 * control requests). Queued faults answer the next requests in the order they were added, one
 * request each, before authentication, so nothing is applied. A write fault lets the write be
 * applied and then fails its response, which is the ambiguous case a create must survive.
 *
 * <p>Thread-safe: tests set faults while requests run.
 */
public final class Faults {

    /** What happens to the response of the chosen write after PostHog applied it. */
    public enum WriteFailure {
        /** Answer 500 with PostHog's server error body. */
        ERROR_AFTER_APPLY,
        /** Close the connection without any response. */
        RESET_AFTER_APPLY
    }

    /** One queued fault; {@code kind} is {@code throttle}, {@code error}, {@code reset} or {@code malformed}. */
    record QueuedFault(String kind, int status, String retryAfter) {}

    /**
     * A fixed response for requests that match the method, the path (trailing slash ignored) and,
     * when given, a text that the raw query contains.
     *
     * @param method the HTTP method
     * @param path the path, such as {@code /api/projects/1/hog_functions/}
     * @param queryContains a text the raw query must contain, or null to match any query
     * @param status the status to send
     * @param body the body to send, JSON or anything else
     * @param times how many requests it answers; a negative number answers all of them
     */
    public record CannedResponse(String method, String path, String queryContains, int status, String body, int times) {
        public CannedResponse {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(body, "body");
        }

        boolean matches(String requestMethod, String requestPath, String query) {
            return method.equalsIgnoreCase(requestMethod)
                    && trimSlash(path).equals(trimSlash(requestPath))
                    && (queryContains == null || (query != null && query.contains(queryContains)));
        }

        private static String trimSlash(String value) {
            return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        }
    }

    private final Deque<QueuedFault> queue = new ArrayDeque<>();
    private final List<CannedResponse> canned = new ArrayList<>();
    private final List<Integer> cannedUses = new ArrayList<>();
    private Duration latency = Duration.ZERO;
    private int writesUntilFailure;
    private WriteFailure writeFailure;

    /** Delays every API request by this much before handling it, such as 250 ms to mimic a distant server. */
    public synchronized Faults latency(Duration value) {
        latency = Objects.requireNonNull(value, "value");
        return this;
    }

    /** Answers the next {@code count} requests with PostHog's 429 throttle body and no {@code Retry-After}. */
    public Faults throttleNext(int count) {
        return throttleNext(count, null);
    }

    /** Answers the next {@code count} requests with 429 and, if not null, this {@code Retry-After} value. */
    public synchronized Faults throttleNext(int count, String retryAfter) {
        for (int i = 0; i < count; i++) {
            queue.addLast(new QueuedFault("throttle", 429, retryAfter));
        }
        return this;
    }

    /** Answers the next {@code count} requests with a 5xx status, before they are applied. */
    public synchronized Faults failNext(int count, int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("failNext takes a 5xx status, not " + status);
        }
        for (int i = 0; i < count; i++) {
            queue.addLast(new QueuedFault("error", status, null));
        }
        return this;
    }

    /** Closes the connection of the next {@code count} requests without a response, before they are applied. */
    public synchronized Faults resetNext(int count) {
        for (int i = 0; i < count; i++) {
            queue.addLast(new QueuedFault("reset", 0, null));
        }
        return this;
    }

    /** Answers the next {@code count} requests with 200 and a truncated JSON body. */
    public synchronized Faults malformedNext(int count) {
        for (int i = 0; i < count; i++) {
            queue.addLast(new QueuedFault("malformed", 200, null));
        }
        return this;
    }

    /**
     * Applies the {@code nth} write (POST, PATCH or PUT) from now on, counting from 1, and then
     * fails its response as {@code failure} says.
     */
    public synchronized Faults failWrite(int nth, WriteFailure failure) {
        if (nth < 1) {
            throw new IllegalArgumentException("nth counts from 1, but was " + nth);
        }
        writesUntilFailure = nth;
        writeFailure = Objects.requireNonNull(failure, "failure");
        return this;
    }

    /** Adds a fixed response; canned responses are checked before the queued faults. */
    public synchronized Faults respond(CannedResponse response) {
        canned.add(Objects.requireNonNull(response, "response"));
        cannedUses.add(0);
        return this;
    }

    /** Removes every fault, the latency included. */
    public synchronized void clear() {
        queue.clear();
        canned.clear();
        cannedUses.clear();
        latency = Duration.ZERO;
        writesUntilFailure = 0;
        writeFailure = null;
    }

    synchronized Duration latency() {
        return latency;
    }

    /** Takes the canned response for a request, counting its use, or returns null. */
    synchronized CannedResponse takeCanned(String method, String path, String query) {
        for (int i = 0; i < canned.size(); i++) {
            CannedResponse response = canned.get(i);
            int uses = cannedUses.get(i);
            if (response.matches(method, path, query) && (response.times() < 0 || uses < response.times())) {
                cannedUses.set(i, uses + 1);
                return response;
            }
        }
        return null;
    }

    /** Takes the next queued fault, or returns null. */
    synchronized QueuedFault takeQueued() {
        return queue.pollFirst();
    }

    /** Counts a write and returns the failure to apply to it, or null. */
    synchronized WriteFailure countWrite() {
        if (writeFailure == null) {
            return null;
        }
        writesUntilFailure--;
        if (writesUntilFailure > 0) {
            return null;
        }
        WriteFailure failure = writeFailure;
        writeFailure = null;
        return failure;
    }
}
