package io.github.posthogcatalog.example.events;

import io.github.posthogcatalog.annotations.Action;
import io.github.posthogcatalog.annotations.Event;
import io.github.posthogcatalog.annotations.Group;
import io.github.posthogcatalog.annotations.SlackAlert;
import io.github.posthogcatalog.annotations.Trigger;
import io.github.posthogcatalog.annotations.TriggerMode;
import java.util.Optional;

/**
 * A user sent a message to ESPi, the platform's assistant.
 *
 * @param organizationId the organization the user works in
 * @param conversationId the ESPi conversation the message belongs to
 * @param messageLength the message's length in characters
 * @param model the language model that answered, when one did
 * @param surface where the message was written
 */
@Event(name = "espi-message", owner = "espi-team", tags = {"espi"})
@Action(name = "ESPi: New Message", tags = {"espi"})
// PostHog cannot express "only the first message ever": once per person per 24 hours is the closest.
@SlackAlert(
        channel = "#ops-production",
        name = "ESPi: first message of the day",
        emoji = ":speech_balloon:",
        message = "{person.name} sent their first ESPi message of the day"
                + " ({event.properties.message_length} characters, via {event.properties.surface})",
        trigger = @Trigger(value = TriggerMode.ONCE_PER_PERSON, intervalSeconds = 86_400))
public record EspiMessage(
        @Group("organization") String organizationId,
        String conversationId,
        int messageLength,
        Optional<String> model,
        Surface surface) {

    /** The place where a user talks to ESPi. */
    public enum Surface {
        WEB_APP,
        SLACK,
        API
    }
}
