package io.github.posthogcatalog.maven.api;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one {@link ApiRequest} with the rate limit, the retries and the error mapping. This is the
 * only class that reads the API key, which it puts into the {@code Authorization} header and nowhere
 * else.
 */
final class RequestExecutor {

    private final HttpClient http;
    private final PostHogClientSettings settings;
    private final SlidingWindowRateLimiter limiter;
    private final RetryPolicy retryPolicy;
    private final ErrorMessages errors;
    private final JsonMapper mapper;
    private final String userAgent;
    private final AtomicLong requestCount = new AtomicLong();

    RequestExecutor(HttpClient http, PostHogClientSettings settings, SlidingWindowRateLimiter limiter,
            RetryPolicy retryPolicy, JsonMapper mapper, String userAgent) {
        this.http = http;
        this.settings = settings;
        this.limiter = limiter;
        this.retryPolicy = retryPolicy;
        this.errors = new ErrorMessages(settings.host(), settings.projectId());
        this.mapper = mapper;
        this.userAgent = userAgent;
    }

    /** Returns the number of HTTP requests sent, retries included. */
    long requestCount() {
        return requestCount.get();
    }

    /**
     * Sends the request until it succeeds or the retry policy gives up, and returns the parsed body
     * of the successful response (a missing node for an empty body).
     */
    JsonNode execute(ApiRequest request) {
        HttpRequest httpRequest = build(request);
        for (int attempt = 1; ; attempt++) {
            acquirePermit(request);
            requestCount.incrementAndGet();

            long started = settings.timeSource().nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                log(request, "failed: " + e.getClass().getSimpleName(), started, attempt);
                handleFailure(request, e, attempt);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PostHogApiException("Interrupted while waiting for PostHog to respond to " + request.describe()
                        + "; it may have been applied.", 0, null, null, request.isCreate(), e);
            }

            int status = response.statusCode();
            log(request, "-> " + status, started, attempt);
            if (status >= 200 && status < 300) {
                return parse(request, response);
            }
            if (status >= 300 && status < 400) {
                throw errors.redirected(request, status, response.headers().firstValue("Location").orElse(null));
            }
            handleErrorStatus(request, response, attempt);
        }
    }

    private HttpRequest build(ApiRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + settings.apiKey().value())
                .header("Accept", "application/json")
                .header("User-Agent", userAgent);
        String proxyAuthorization = settings.proxyAuthorization() == null ? null
                : settings.proxyAuthorization().apply(request.uri());
        if (proxyAuthorization != null) {
            builder.header("Proxy-Authorization", proxyAuthorization);
        }
        if (request.body() == null) {
            return builder.method(request.method(), HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json")
                .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8))
                .build();
    }

    private void handleFailure(ApiRequest request, IOException failure, int attempt) {
        RetryPolicy.Decision decision = retryPolicy.afterFailure(request, failure, attempt);
        switch (decision.outcome()) {
            case AMBIGUOUS -> throw errors.ambiguous(request, 0, ErrorBody.EMPTY, failure);
            case RETRY -> pause(request, decision.delay(), failure.getClass().getSimpleName(), attempt);
            default -> throw errors.unreachable(request, failure, attempt);
        }
    }

    private void handleErrorStatus(ApiRequest request, HttpResponse<String> response, int attempt) {
        int status = response.statusCode();
        ErrorBody body = ErrorBody.parse(response.body(), mapper);
        RetryPolicy.Decision decision = retryPolicy.afterResponse(
                request, status, response.headers(), body, attempt, settings.timeSource().now());
        switch (decision.outcome()) {
            case AMBIGUOUS -> throw errors.ambiguous(request, status, body, null);
            case RETRY -> {
                if (status == 429) {
                    // PostHog's bucket is per key, so every caller sharing the key waits, not only this one.
                    limiter.pauseFor(decision.delay());
                }
                pause(request, decision.delay(), String.valueOf(status), attempt);
            }
            default -> throw errors.forStatus(request, status, body, attempt, decision.note());
        }
    }

    private JsonNode parse(ApiRequest request, HttpResponse<String> response) {
        String body = response.body();
        if (body == null || body.isBlank()) {
            return mapper.missingNode();
        }
        try {
            return mapper.readTree(body);
        } catch (JacksonException e) {
            throw errors.unreadable(request, response.statusCode(), ErrorBody.parse(body, mapper).detailOr(""), e);
        }
    }

    private void acquirePermit(ApiRequest request) {
        try {
            limiter.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted while waiting for the rate limit before " + request.describe()
                    + "; it was not sent.", 0, null, null, false, e);
        }
    }

    private void pause(ApiRequest request, Duration delay, String reason, int attempt) {
        log(request, "retrying after " + reason + " in " + delay.toMillis() + " ms", -1, attempt);
        try {
            settings.timeSource().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted while waiting to retry " + request.describe() + " after "
                    + reason + "; it was not sent again.", 0, null, null, false, e);
        }
    }

    /** Writes one debug line: method, path, outcome, time and attempt; never a header or a body. */
    private void log(ApiRequest request, String outcome, long startedNanos, int attempt) {
        Consumer<String> debug = settings.debugLog();
        String timing = startedNanos < 0 ? ""
                : " in " + (settings.timeSource().nanoTime() - startedNanos) / 1_000_000 + " ms";
        debug.accept("PostHog " + request.describe() + " " + outcome + timing + " (attempt " + attempt + ")");
    }
}
