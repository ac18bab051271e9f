package io.github.posthogcatalog.maven.api;

import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How a {@link PostHogClient} reaches one PostHog project. Build it with {@link #builder}; every
 * setting except the host, project id and key has a default.
 *
 * @param host the PostHog app host, such as {@code https://us.posthog.com}, {@code
 *     https://eu.posthog.com} or a self-hosted URL; a path prefix is kept, a trailing slash dropped
 * @param projectId the numeric project id, as in {@code /project/12345} in PostHog's address bar
 * @param apiKey the personal API key
 * @param connectTimeout the limit for opening a connection
 * @param requestTimeout the limit for one request, from sending to the end of the response headers
 * @param maxRetries how many times a failed request is repeated when repeating it is safe; 0 disables retries
 * @param initialBackoff the wait before the first retry when PostHog names no wait; it doubles per retry
 * @param maxBackoff the cap on a computed wait; a wait that PostHog requests beyond it fails the request
 * @param requestsPerMinute the client-side limit, shared by every client of the same host and key in
 *     this JVM; PostHog allows 480 requests per minute per personal API key
 * @param proxySelector the proxy to use, such as one built from Maven's settings, or null for a direct connection
 * @param proxyAuthorization returns the {@code Proxy-Authorization} value for a request URI, or null
 *     when the request goes direct or the proxy needs no credentials; null for no proxy credentials
 * @param debugLog receives one line per request and per retry, for Maven's {@code -X}; it never
 *     receives the key or the {@code Authorization} header
 * @param timeSource the clock and sleep, replaceable in tests
 */
public record PostHogClientSettings(
        URI host,
        long projectId,
        ApiKey apiKey,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxRetries,
        Duration initialBackoff,
        Duration maxBackoff,
        int requestsPerMinute,
        ProxySelector proxySelector,
        Function<URI, String> proxyAuthorization,
        Consumer<String> debugLog,
        TimeSource timeSource) {

    /** The default client-side limit: PostHog's burst limit of 480 per minute, with headroom for other tools using the key. */
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 400;

    /** Validates the settings and removes a trailing slash from the host. */
    public PostHogClientSettings {
        host = normaliseHost(host);
        if (projectId <= 0) {
            throw new IllegalArgumentException(
                    "posthog.projectId must be a positive number (the id in PostHog's URL /project/<id>), but was " + projectId);
        }
        Objects.requireNonNull(apiKey, "apiKey");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, but was " + maxRetries);
        }
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requestsPerMinute must be 1 or more, but was " + requestsPerMinute);
        }
        Objects.requireNonNull(debugLog, "debugLog");
        Objects.requireNonNull(timeSource, "timeSource");
    }

    /** Starts settings for one project with the defaults for everything else. */
    public static Builder builder(URI host, long projectId, ApiKey apiKey) {
        return new Builder(host, projectId, apiKey);
    }

    /** Returns a copy with another debug log, so that a caller can keep every other setting. */
    public PostHogClientSettings withDebugLog(Consumer<String> log) {
        return new PostHogClientSettings(host, projectId, apiKey, connectTimeout, requestTimeout, maxRetries,
                initialBackoff, maxBackoff, requestsPerMinute, proxySelector, proxyAuthorization, log, timeSource);
    }

    private static URI normaliseHost(URI host) {
        Objects.requireNonNull(host, "host");
        String scheme = host.getScheme() == null ? "" : host.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException(
                    "posthog.host must be an http or https URL such as https://us.posthog.com, but was " + host);
        }
        if (host.getHost() == null || host.getRawQuery() != null || host.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "posthog.host must be a plain URL with a host and no query, such as https://eu.posthog.com, but was " + host);
        }
        String text = host.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, but was " + duration);
        }
    }

    /** Collects settings; the defaults suit a build that talks to PostHog Cloud. */
    public static final class Builder {
        private final URI host;
        private final long projectId;
        private final ApiKey apiKey;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private int maxRetries = 4;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(60);
        private int requestsPerMinute = DEFAULT_REQUESTS_PER_MINUTE;
        private ProxySelector proxySelector;
        private Function<URI, String> proxyAuthorization;
        private Consumer<String> debugLog = line -> {};
        private TimeSource timeSource = TimeSource.SYSTEM;

        private Builder(URI host, long projectId, ApiKey apiKey) {
            this.host = host;
            this.projectId = projectId;
            this.apiKey = apiKey;
        }

        /** Sets the connect timeout (default 10 s). */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        /** Sets the timeout of one request (default 30 s). */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        /** Sets how many retries a request may get (default 4, so 5 attempts). */
        public Builder maxRetries(int value) {
            this.maxRetries = value;
            return this;
        }

        /** Sets the first computed backoff (default 500 ms). */
        public Builder initialBackoff(Duration value) {
            this.initialBackoff = value;
            return this;
        }

        /** Sets the cap on a wait between attempts (default 60 s). */
        public Builder maxBackoff(Duration value) {
            this.maxBackoff = value;
            return this;
        }

        /** Sets the client-side limit in requests per 60-second window (default {@value #DEFAULT_REQUESTS_PER_MINUTE}). */
        public Builder requestsPerMinute(int value) {
            this.requestsPerMinute = value;
            return this;
        }

        /** Routes requests through a proxy; {@code authorization} may be null for a proxy without credentials. */
        public Builder proxy(ProxySelector selector, Function<URI, String> authorization) {
            this.proxySelector = selector;
            this.proxyAuthorization = authorization;
            return this;
        }

        /** Sets the receiver of debug lines (default: discard them). */
        public Builder debugLog(Consumer<String> value) {
            this.debugLog = value;
            return this;
        }

        /** Replaces the clock and sleep, for tests. */
        public Builder timeSource(TimeSource value) {
            this.timeSource = value;
            return this;
        }

        /** Validates and returns the settings. */
        public PostHogClientSettings build() {
            return new PostHogClientSettings(host, projectId, apiKey, connectTimeout, requestTimeout, maxRetries,
                    initialBackoff, maxBackoff, requestsPerMinute, proxySelector, proxyAuthorization, debugLog,
                    timeSource);
        }
    }
}
