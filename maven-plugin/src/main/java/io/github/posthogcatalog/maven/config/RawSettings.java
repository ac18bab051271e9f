package io.github.posthogcatalog.maven.config;

/**
 * The plugin settings as Maven injected them, before validation.
 *
 * @param host {@code posthog.host}
 * @param projectId {@code posthog.projectId}, or null
 * @param slackWorkspace {@code posthog.slack.workspace}, or null
 * @param connectTimeoutSeconds {@code posthog.connectTimeoutSeconds}
 * @param requestTimeoutSeconds {@code posthog.requestTimeoutSeconds}
 * @param parallelism {@code posthog.parallelism}
 */
public record RawSettings(
        String host,
        String projectId,
        String slackWorkspace,
        int connectTimeoutSeconds,
        int requestTimeoutSeconds,
        int parallelism) {}
