package io.github.posthogcatalog.maven.api;

/**
 * A request that PostHog rejected or that could not be completed. The message is written for the
 * user: it says what failed, on which object, and what to do. It never contains the API key.
 */
public class PostHogApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String attr;
    private final boolean ambiguous;

    /**
     * @param message the user-facing message
     * @param status the HTTP status, or 0 when no response arrived
     * @param code PostHog's error {@code code}, such as {@code unique} or {@code permission_denied}, or null
     * @param attr PostHog's error {@code attr}, the field at fault, or null
     * @param ambiguous whether the request may have been applied although it failed
     * @param cause the underlying error, or null
     */
    public PostHogApiException(
            String message, int status, String code, String attr, boolean ambiguous, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.attr = attr;
        this.ambiguous = ambiguous;
    }

    /** Returns the HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    /** Returns PostHog's error code, or null. */
    public String code() {
        return code;
    }

    /** Returns the field PostHog named as at fault, or null. */
    public String attr() {
        return attr;
    }

    /** Returns whether the request may have been applied although it failed. */
    public boolean ambiguous() {
        return ambiguous;
    }
}
