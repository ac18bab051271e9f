package io.github.posthogcatalog.maven.standin;

import java.util.List;
import java.util.Map;

/**
 * A request that reached the stand-in, for assertions. The value of {@code Authorization} is
 * replaced: only its scheme is kept ({@code Bearer [redacted]}), so a recording never contains a key.
 *
 * @param method the HTTP method
 * @param path the raw path
 * @param query the raw query, or null
 * @param headers the request headers by lower-case name
 * @param body the request body as text, empty when there was none
 * @param status the status sent, or 0 when the connection was closed without a response
 * @param fault the injected fault that produced the response, or null
 * @param receivedNanos the {@link System#nanoTime()} at which the stand-in began to handle the
 *     request, before any injected latency; benchmarks count requests per time window with it
 */
public record RecordedRequest(
        String method, String path, String query, Map<String, List<String>> headers, String body, int status, String fault,
        long receivedNanos) {

    /** Returns the first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Returns whether the request wrote (POST, PATCH or PUT). */
    public boolean isWrite() {
        return method.equals("POST") || method.equals("PATCH") || method.equals("PUT");
    }
}
