package io.github.posthogcatalog.maven.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the raw settings and turns them into {@link PostHogSettings}. Every message names the POM
 * element and the {@code -D} property at fault, and the fix.
 */
public final class SettingsValidator {

    /** The upper bound of {@code posthog.parallelism}; more writes in flight only wait on the rate limiter. */
    static final int MAX_PARALLELISM = 16;

    private SettingsValidator() {}

    /**
     * Validates the settings.
     *
     * @param raw the values Maven injected
     * @param apiKey the resolved key, or empty
     * @param proxy the active proxy, or null
     * @throws ConfigurationException naming the setting and the fix
     */
    public static PostHogSettings validate(RawSettings raw, Optional<ResolvedKey> apiKey, ProxySettings proxy) {
        URI host = host(raw.host());
        Long projectId = positiveId(raw.projectId(), "<projectId>", "posthog.projectId",
                "the numeric id of the PostHog project, the number in " + host + "/project/<id>");
        if (projectId == null && apiKey.isPresent()) {
            throw new ConfigurationException("posthog.projectId is not set, but an API key is (from "
                    + apiKey.get().source() + "). Set <projectId> in the plugin configuration or -Dposthog.projectId to"
                    + " the numeric id of the PostHog project, the number in " + host + "/project/<id>.");
        }
        Long workspace = positiveId(raw.slackWorkspace(), "<slackWorkspace>", "posthog.slack.workspace",
                "the id of the project's Slack integration, shown under Project settings > Integrations in PostHog");
        Duration connect = positiveSeconds(raw.connectTimeoutSeconds(), "<connectTimeoutSeconds>", "posthog.connectTimeoutSeconds");
        Duration request = positiveSeconds(raw.requestTimeoutSeconds(), "<requestTimeoutSeconds>", "posthog.requestTimeoutSeconds");
        if (raw.parallelism() < 1 || raw.parallelism() > MAX_PARALLELISM) {
            throw new ConfigurationException("posthog.parallelism is " + raw.parallelism() + ", but must be between 1 and "
                    + MAX_PARALLELISM + ". Fix <parallelism> or -Dposthog.parallelism.");
        }
        return new PostHogSettings(host, projectId, workspace, apiKey, connect, request, raw.parallelism(), proxy);
    }

    private static URI host(String value) {
        String text = value == null ? "" : value.strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw hostError(text, "is not a valid URL", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw hostError(text, "is not an http or https URL", null);
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw hostError(text, "has a query or fragment", null);
        }
        if (uri.getHost().toLowerCase(Locale.ROOT).endsWith(".i.posthog.com")) {
            throw hostError(text, "is PostHog's ingestion host, which does not serve the REST API", null);
        }
        String withoutSlash = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        return URI.create(withoutSlash);
    }

    private static ConfigurationException hostError(String value, String problem, Throwable cause) {
        return new ConfigurationException("posthog.host '" + value + "' " + problem + ". Set <host> in the plugin"
                + " configuration or -Dposthog.host to the PostHog app host: https://us.posthog.com (US Cloud, the"
                + " default), https://eu.posthog.com (EU Cloud) or your self-hosted instance's URL.", cause);
    }

    private static Long positiveId(String value, String element, String property, String meaning) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // Reported below with the same message as a non-positive number.
        }
        throw new ConfigurationException(property + " '" + value + "' is not a positive whole number. Set " + element
                + " or -D" + property + " to " + meaning + ".");
    }

    private static Duration positiveSeconds(int seconds, String element, String property) {
        if (seconds < 1) {
            throw new ConfigurationException(property + " is " + seconds + ", but must be at least 1 second. Fix "
                    + element + " or -D" + property + ".");
        }
        return Duration.ofSeconds(seconds);
    }
}
