package io.github.posthogcatalog.maven.plan;

import io.github.posthogcatalog.catalog.DestinationDefinition;
import java.util.Objects;

/**
 * A catalog destination with its Slack channel resolved.
 *
 * @param definition the destination as the catalog declares it
 * @param channelId the Slack channel id to post to, or the channel as written in the catalog when
 *     the plan is made without a project and so cannot look it up
 */
public record DesiredDestination(DestinationDefinition definition, String channelId) {

    public DesiredDestination {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(channelId, "channelId");
    }
}
