package io.github.posthogcatalog.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A Slack destination as declared with {@code @SlackAlert}: everything needed to build PostHog's
 * request for a hog function from the {@code template-slack} template, except the values that
 * depend on the environment (the Slack workspace integration id and the project).
 *
 * @param key the stable identity of the destination
 * @param name the destination's name in PostHog
 * @param description what the alert is for; may be empty
 * @param channel the Slack channel as written in code: {@code #name} or a channel id
 * @param botName the name the message is posted under
 * @param emoji the bot's emoji, as {@code :name:}
 * @param text the message as a Hog template, also the plain-text fallback of the blocks
 * @param blocks the message as Slack blocks, with Hog template placeholders
 * @param filters the events or Actions that trigger the alert
 * @param trigger the trigger option in plain words: {@code every-time}, {@code once-per-interval},
 *     {@code once-per-person} or {@code once-per-person-and-event}
 * @param masking PostHog's masking for the trigger option, or null to run every time
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DestinationDefinition(
        String key,
        String name,
        String description,
        String channel,
        String botName,
        String emoji,
        String text,
        JsonNode blocks,
        DestinationFilters filters,
        String trigger,
        Masking masking) {

    public DestinationDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        description = Objects.requireNonNullElse(description, "");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(filters, "filters");
        blocks = CatalogNodes.nullToAbsent(blocks);
    }
}
