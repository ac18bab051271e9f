package io.github.posthogcatalog.maven.config;

/**
 * A setting of the plugin is missing or invalid. The message names the POM element and the
 * {@code -D} property, and says how to fix it.
 */
public final class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and how to fix it */
    public ConfigurationException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and how to fix it
     * @param cause the underlying error
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
