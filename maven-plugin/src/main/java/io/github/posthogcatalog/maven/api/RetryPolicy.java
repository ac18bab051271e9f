package io.github.posthogcatalog.maven.api;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, after each failed attempt, whether to try again and after how long.
 *
 * <p>Retried: 429, 500, 502, 503, 504 and connection failures, as PostHog's Terraform provider
 * does. A create ({@code POST}) is repeated only when the failure proves that PostHog did not apply
 * it: a 429 (the throttle runs before the view) or a connection that could not be opened. Any other
 * failure of a create after the request went out is ambiguous, because PostHog may have stored the
 * object before it failed, and a blind repeat would make a duplicate.
 */
final class RetryPolicy {

    private static final Set<Integer> RETRIED_STATUSES = Set.of(429, 500, 502, 503, 504);

    /** DRF's throttle detail, "Request was throttled. Expected available in 59 seconds." */
    private static final Pattern DETAIL_WAIT =
            Pattern.compile("Expected available in (\\d+(?:\\.\\d+)?) seconds?", Pattern.CASE_INSENSITIVE);

    private static final double JITTER = 0.2;

    /** What to do after a failed attempt. */
    enum Outcome {
        /** Wait {@link Decision#delay()} and send again. */
        RETRY,
        /** The failure could be retried, but the retries are used up or the wait is too long. */
        GIVE_UP,
        /** The failure is final, such as a 400 or a 404. */
        FAIL,
        /** A create failed after it was sent; PostHog may have applied it. */
        AMBIGUOUS
    }

    /**
     * The decision and its reason.
     *
     * @param outcome what to do
     * @param delay the wait before the next attempt; zero unless {@code outcome} is {@code RETRY}
     * @param note why the request was given up beyond the retries running out, or null
     */
    record Decision(Outcome outcome, Duration delay, String note) {}

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final RandomGenerator random;

    RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, RandomGenerator random) {
        this.maxRetries = maxRetries;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.random = random;
    }

    /** Decides after a response with an error status. {@code attempt} counts from 1. */
    Decision afterResponse(ApiRequest request, int status, HttpHeaders headers, ErrorBody body, int attempt, Instant now) {
        if (!RETRIED_STATUSES.contains(status)) {
            return new Decision(Outcome.FAIL, Duration.ZERO, null);
        }
        if (request.isCreate() && status != 429) {
            return new Decision(Outcome.AMBIGUOUS, Duration.ZERO, null);
        }
        Optional<Duration> requested = retryAfter(headers, now).or(() -> waitInDetail(body.detail()));
        if (requested.isPresent() && requested.get().compareTo(maxBackoff) > 0) {
            return new Decision(Outcome.GIVE_UP, Duration.ZERO, "PostHog asked to wait "
                    + seconds(requested.get()) + " before the next request, longer than the maximum backoff of "
                    + seconds(maxBackoff));
        }
        return retryOrGiveUp(attempt, requested.orElseGet(() -> backoff(attempt)));
    }

    /** Decides after an attempt that got no response. */
    Decision afterFailure(ApiRequest request, IOException failure, int attempt) {
        if (request.isCreate() && !neverSent(failure)) {
            return new Decision(Outcome.AMBIGUOUS, Duration.ZERO, null);
        }
        return retryOrGiveUp(attempt, backoff(attempt));
    }

    /**
     * Returns the wait before retry number {@code retry} (from 1): the initial backoff doubled per
     * retry, capped at the maximum, with ±20 % jitter so that parallel callers spread out.
     */
    Duration backoff(int retry) {
        double base = initialBackoff.toNanos() * Math.pow(2, Math.min(retry - 1, 30));
        double capped = Math.min(base, maxBackoff.toNanos());
        double jittered = capped * (1 - JITTER + 2 * JITTER * random.nextDouble());
        return Duration.ofNanos((long) Math.min(jittered, maxBackoff.toNanos()));
    }

    /** Reads {@code Retry-After} as seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        String text = value.get();
        if (text.chars().allMatch(Character::isDigit)) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Reads the wait from DRF's throttle detail, since PostHog's 429 usually has no {@code Retry-After}. */
    static Optional<Duration> waitInDetail(String detail) {
        if (detail == null) {
            return Optional.empty();
        }
        Matcher matcher = DETAIL_WAIT.matcher(detail);
        if (!matcher.find()) {
            return Optional.empty();
        }
        double seconds = Double.parseDouble(matcher.group(1));
        return Optional.of(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
    }

    private Decision retryOrGiveUp(int attempt, Duration delay) {
        if (attempt > maxRetries) {
            return new Decision(Outcome.GIVE_UP, Duration.ZERO, null);
        }
        return new Decision(Outcome.RETRY, delay, null);
    }

    /** Returns whether the failure happened while connecting, so that no byte of the request left. */
    private static boolean neverSent(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
