package io.github.posthogcatalog.maven.config;

import io.github.posthogcatalog.maven.api.ApiKey;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Finds the PostHog personal API key, first match wins:
 *
 * <ol>
 *   <li>the {@code posthog.apiKey} property given with {@code -D} (Maven user properties), then the
 *       JVM system property of that name;
 *   <li>the {@code POSTHOG_PERSONAL_API_KEY} environment variable;
 *   <li>the password of the {@code <server>} in settings.xml whose id is {@code posthog.serverId},
 *       decrypted when it is encrypted.
 * </ol>
 *
 * <p>The key is deliberately not a mojo parameter: Maven prints every parameter's value with
 * {@code -X}, and a key in the POM would be committed.
 */
public final class ApiKeyResolver {

    /** The property that contains the key. */
    public static final String PROPERTY = "posthog.apiKey";

    /** The environment variable that contains the key. */
    public static final String ENVIRONMENT_VARIABLE = "POSTHOG_PERSONAL_API_KEY";

    private final Properties userProperties;
    private final Properties systemProperties;
    private final Map<String, String> environment;
    private final Function<String, Optional<String>> serverPassword;

    /**
     * @param userProperties Maven's user properties ({@code -D} on the command line and {@code .mvn/maven.config})
     * @param systemProperties the JVM system properties
     * @param environment the environment variables
     * @param serverPassword returns the decrypted password of a settings.xml server by id, or empty
     */
    public ApiKeyResolver(Properties userProperties, Properties systemProperties, Map<String, String> environment,
            Function<String, Optional<String>> serverPassword) {
        this.userProperties = userProperties;
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.serverPassword = serverPassword;
    }

    /** Returns the key, or empty when none of the places contains a non-blank one. */
    public Optional<ResolvedKey> resolve(String serverId) {
        Optional<ResolvedKey> key = nonBlank(userProperties.getProperty(PROPERTY), "the -D" + PROPERTY + " property");
        if (key.isEmpty()) {
            key = nonBlank(systemProperties.getProperty(PROPERTY), "the " + PROPERTY + " system property");
        }
        if (key.isEmpty()) {
            key = nonBlank(environment.get(ENVIRONMENT_VARIABLE), "the " + ENVIRONMENT_VARIABLE + " environment variable");
        }
        if (key.isEmpty() && serverId != null && !serverId.isBlank()) {
            key = serverPassword.apply(serverId)
                    .flatMap(password -> nonBlank(password, "the password of server '" + serverId + "' in settings.xml"));
        }
        return key;
    }

    private static Optional<ResolvedKey> nonBlank(String value, String source) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ResolvedKey(ApiKey.of(value.strip()), source));
    }
}
