package io.github.posthogcatalog.maven.config;

import java.util.Objects;

/**
 * A PostHog personal API key with the place it came from. {@link #toString()} never shows the key,
 * so that it cannot reach a log line or an exception message by accident; only the HTTP client
 * reads {@link #secret()}.
 *
 * @param secret the key itself
 * @param source where it was found, safe to log, such as {@code the POSTHOG_PERSONAL_API_KEY environment variable}
 */
public record ApiKey(String secret, String source) {

    public ApiKey {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return "ApiKey[from " + source + "]";
    }
}
