package io.github.posthogcatalog.example.events;

import io.github.posthogcatalog.annotations.Event;
import io.github.posthogcatalog.annotations.Group;
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
public record EspiMessage(
        @Group("organization") String organizationId,
        String conversationId,
        int messageLength,
        Optional<String> model,
        Surface surface) {

    /** Where a user talks to ESPi. */
    public enum Surface {
        WEB_APP,
        SLACK,
        API
    }
}
