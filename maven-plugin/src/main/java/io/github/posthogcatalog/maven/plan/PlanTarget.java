package io.github.posthogcatalog.maven.plan;

/**
 * The PostHog project a plan was made against.
 *
 * @param host the PostHog app host, such as {@code https://us.posthog.com}, without a trailing slash
 * @param projectId the project id, or null when no project is configured
 * @param offline true when the plan was made against an empty project because no API key was given
 */
public record PlanTarget(String host, Long projectId, boolean offline) {

    /** Returns the link to an Action's page in the PostHog app, or null without a project id. */
    public String actionUrl(String actionId) {
        if (projectId == null || actionId == null) {
            return null;
        }
        return host + "/project/" + projectId + "/data-management/actions/" + actionId;
    }
}
