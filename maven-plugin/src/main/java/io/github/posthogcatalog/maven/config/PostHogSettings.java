package io.github.posthogcatalog.maven.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The validated settings of one goal execution. Each mojo execution builds its own, so modules
 * built in parallel with {@code -T} never share them.
 *
 * @param host the PostHog app host without a trailing slash, such as {@code https://us.posthog.com}
 * @param projectId the project id, or null when not configured (allowed only without an API key)
 * @param slackWorkspace the Slack integration id, or null when not configured
 * @param apiKey the personal API key, or empty to plan against an empty project
 * @param connectTimeout the TCP connect timeout of each request
 * @param requestTimeout the time limit of each request, from sending to the end of the response
 * @param parallelism how many writes apply sends at once
 * @param proxy the settings.xml proxy to reach the host through, or null for a direct connection
 */
public record PostHogSettings(
        URI host,
        Long projectId,
        Long slackWorkspace,
        Optional<ResolvedKey> apiKey,
        Duration connectTimeout,
        Duration requestTimeout,
        int parallelism,
        ProxySettings proxy) {

    /** Returns the host as text, without a trailing slash. */
    public String hostText() {
        return host.toString();
    }
}
