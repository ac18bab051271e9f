package io.github.posthogcatalog.maven.plan;

import io.github.posthogcatalog.catalog.DestinationDefinition;
import java.util.Objects;

/**
 * A catalog destination with its Slack channel resolved and its owning catalog.
 *
 * @param definition the destination as the catalog declares it
 * @param channelId the Slack channel id to post to, or the channel as written in the catalog when
 *     the plan is made without a project and so cannot look it up
 * @param catalog the name of the catalog that declares the destination, for its marker line
 */
public record DesiredDestination(DestinationDefinition definition, String channelId, String catalog) {

    public DesiredDestination {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(catalog, "catalog");
    }
}
