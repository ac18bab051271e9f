package io.github.posthogcatalog.maven;

import io.github.posthogcatalog.maven.api.PostHogApi;
import io.github.posthogcatalog.maven.config.ApiKey;
import io.github.posthogcatalog.maven.config.PostHogSettings;
import io.github.posthogcatalog.maven.sync.ApiFactory;

/** Opens the HTTP client of the {@code api} package for the goals. */
final class HttpApiFactory implements ApiFactory {

    @Override
    public PostHogApi open(PostHogSettings settings, ApiKey key) {
        // TODO: replaced by the HTTP client once it is merged.
        throw new UnsupportedOperationException("The PostHog HTTP client is not available in this build.");
    }
}
