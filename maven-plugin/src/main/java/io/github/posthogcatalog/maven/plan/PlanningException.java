package io.github.posthogcatalog.maven.plan;

/**
 * The catalog cannot be planned against the project: a Slack channel is missing, a destination
 * refers to an unknown Action, and similar faults that the user fixes in code or configuration.
 * Raised before anything is written.
 */
public final class PlanningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, on which object, and how to fix it */
    public PlanningException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, on which object, and how to fix it
     * @param cause the underlying failure
     */
    public PlanningException(String message, Throwable cause) {
        super(message, cause);
    }
}
