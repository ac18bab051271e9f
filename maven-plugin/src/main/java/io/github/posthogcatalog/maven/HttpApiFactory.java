package io.github.posthogcatalog.maven;

import io.github.posthogcatalog.maven.api.PostHogApi;
import io.github.posthogcatalog.maven.api.PostHogClient;
import io.github.posthogcatalog.maven.api.PostHogClientSettings;
import io.github.posthogcatalog.maven.config.PostHogSettings;
import io.github.posthogcatalog.maven.config.ProxySettings;
import io.github.posthogcatalog.maven.config.ResolvedKey;
import io.github.posthogcatalog.maven.sync.ApiFactory;
import java.util.function.Consumer;

/**
 * Opens the HTTP client of the {@code api} package for the goals. Clients of the same host and key
 * share one rate limiter inside the JVM, so modules built with {@code -T} stay under PostHog's limit
 * together; nothing else is shared.
 */
final class HttpApiFactory implements ApiFactory {

    private final Consumer<String> debugLog;

    /** @param debugLog receives one line per request and retry, never the key */
    HttpApiFactory(Consumer<String> debugLog) {
        this.debugLog = debugLog;
    }

    @Override
    public PostHogApi open(PostHogSettings settings, ResolvedKey key) {
        PostHogClientSettings.Builder client = PostHogClientSettings.builder(settings.host(), settings.projectId(), key.key())
                .connectTimeout(settings.connectTimeout())
                .requestTimeout(settings.requestTimeout())
                .debugLog(debugLog);
        ProxySettings proxy = settings.proxy();
        if (proxy != null) {
            client.proxy(proxy.selector(), proxy::proxyAuthorization);
        }
        return PostHogClient.create(client.build());
    }
}
