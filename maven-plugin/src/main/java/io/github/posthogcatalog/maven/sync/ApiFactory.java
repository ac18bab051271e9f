package io.github.posthogcatalog.maven.sync;

import io.github.posthogcatalog.maven.api.PostHogApi;
import io.github.posthogcatalog.maven.config.ResolvedKey;
import io.github.posthogcatalog.maven.config.PostHogSettings;

/** Opens the REST client for one project. Tests pass their own to point it at a stand-in. */
@FunctionalInterface
public interface ApiFactory {

    /**
     * Returns a client for the project of the settings.
     *
     * @param settings the validated settings; {@code projectId} is set
     * @param key the API key to send
     */
    PostHogApi open(PostHogSettings settings, ResolvedKey key);
}
