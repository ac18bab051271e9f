package io.github.posthogcatalog.maven.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(60),
            RandomGenerator.getDefault());

    @Test
    void detailWaitReadsSingularAndPlural() {
        assertThat(RetryPolicy.waitInDetail("Request was throttled. Expected available in 1 second."))
                .hasValue(Duration.ofSeconds(1));
        assertThat(RetryPolicy.waitInDetail("Request was throttled. Expected available in 59 seconds."))
                .hasValue(Duration.ofSeconds(59));
        assertThat(RetryPolicy.waitInDetail("Request was throttled.")).isEmpty();
        assertThat(RetryPolicy.waitInDetail(null)).isEmpty();
    }

    @Test
    void retryAfterIgnoresUnreadableValues() {
        assertThat(RetryPolicy.retryAfter(headers("soon"), NOW)).isEmpty();
        assertThat(RetryPolicy.retryAfter(headers(""), NOW)).isEmpty();
        assertThat(RetryPolicy.retryAfter(headers("Sun, 01 Mar 2026 11:59:00 GMT"), NOW)).hasValue(Duration.ZERO);
        assertThat(RetryPolicy.retryAfter(headers("120"), NOW)).hasValue(Duration.ofSeconds(120));
    }

    @Test
    void clientErrorsAreFinal() {
        for (int status : new int[] {400, 401, 402, 403, 404, 405, 409}) {
            RetryPolicy.Decision decision = policy.afterResponse(request("GET"), status, headers(null), ErrorBody.EMPTY, 1, NOW);
            assertThat(decision.outcome()).as("status %d", status).isEqualTo(RetryPolicy.Outcome.FAIL);
        }
    }

    @Test
    void createServerErrorIsAmbiguousButThrottleIsRetried() {
        for (int status : new int[] {500, 502, 503, 504}) {
            assertThat(policy.afterResponse(request("POST"), status, headers(null), ErrorBody.EMPTY, 1, NOW).outcome())
                    .as("status %d", status).isEqualTo(RetryPolicy.Outcome.AMBIGUOUS);
        }
        assertThat(policy.afterResponse(request("POST"), 429, headers(null), ErrorBody.EMPTY, 1, NOW).outcome())
                .isEqualTo(RetryPolicy.Outcome.RETRY);
    }

    @Test
    void retriesStopAfterMaximum() {
        assertThat(policy.afterResponse(request("PATCH"), 502, headers(null), ErrorBody.EMPTY, 2, NOW).outcome())
                .isEqualTo(RetryPolicy.Outcome.RETRY);
        assertThat(policy.afterResponse(request("PATCH"), 502, headers(null), ErrorBody.EMPTY, 3, NOW).outcome())
                .isEqualTo(RetryPolicy.Outcome.GIVE_UP);
    }

    @Test
    void refusedConnectionIsSafeForCreate() {
        assertThat(policy.afterFailure(request("POST"), new java.net.ConnectException("refused"), 1).outcome())
                .isEqualTo(RetryPolicy.Outcome.RETRY);
        assertThat(policy.afterFailure(request("POST"), new java.io.IOException("reset"), 1).outcome())
                .isEqualTo(RetryPolicy.Outcome.AMBIGUOUS);
        assertThat(policy.afterFailure(request("GET"), new java.io.IOException("reset"), 1).outcome())
                .isEqualTo(RetryPolicy.Outcome.RETRY);
    }

    private static ApiRequest request(String method) {
        return new ApiRequest(method, URI.create("https://us.posthog.com/api/projects/1/actions/"), null, "Action 1");
    }

    private static HttpHeaders headers(String retryAfter) {
        Map<String, List<String>> map = retryAfter == null ? Map.of() : Map.of("Retry-After", List.of(retryAfter));
        return HttpHeaders.of(map, (name, value) -> true);
    }
}
