package io.github.posthogcatalog.maven.api;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of PostHog's private REST API that the sync uses, for one project. Objects are passed as
 * PostHog's own JSON, so that the plan can compare exactly the fields it manages.
 *
 * <p>Every method throws {@link PostHogApiException} when PostHog rejects the request or cannot be
 * reached after the retries that are safe for it.
 */
public interface PostHogApi {

    /** Lists every Action that is not soft-deleted, as full objects. */
    List<ObjectNode> listActions();

    /** Reads one Action by id; soft-deleted Actions are returned too, with {@code "deleted": true}. */
    ObjectNode getAction(long id);

    /**
     * Creates an Action and returns it as stored. A create is never retried after a failure that
     * may have reached PostHog: such a failure is thrown with {@link PostHogApiException#ambiguous()}
     * true, and the caller lists again before it tries once more.
     */
    ObjectNode createAction(ObjectNode body);

    /** Patches an Action (only the fields given) and returns it as stored. */
    ObjectNode updateAction(long id, ObjectNode patch);

    /** Lists every hog function of type {@code destination} that is not soft-deleted, full objects, all pages. */
    List<ObjectNode> listDestinations();

    /** Creates a hog function; failures that may have reached PostHog are thrown as ambiguous. */
    ObjectNode createHogFunction(ObjectNode body);

    /** Patches a hog function and returns it as stored. */
    ObjectNode updateHogFunction(String id, ObjectNode patch);

    /** Reads one integration, such as the Slack workspace integration. */
    ObjectNode getIntegration(long id);

    /** Lists the channels of a Slack integration. */
    List<SlackChannel> listSlackChannels(long integrationId);

    /** Returns the number of HTTP requests sent so far, retries included. */
    long requestCount();
}
