package io.github.posthogcatalog.maven.config;

import io.github.posthogcatalog.maven.api.ApiKey;
import java.util.Objects;

/**
 * A PostHog personal API key with the place it was found. Neither part of {@link #toString()}
 * shows the key: {@link ApiKey} hides its value, so the record is safe to log by mistake.
 *
 * @param key the key
 * @param source where it was found, such as {@code the POSTHOG_PERSONAL_API_KEY environment variable}
 */
public record ResolvedKey(ApiKey key, String source) {

    public ResolvedKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
    }
}
