/**
 * The Platform Ops catalog: the events that the platform's backend sends to PostHog about logins,
 * tasks, agent runs, ESPi conversations and portfolio capability mapping.
 */
@Catalog(
        name = "platform-ops",
        description = "Product analytics of the Platform Ops backend.",
        slackBotName = "PostHog: Platform Ops",
        slackEmoji = ":satellite:")
package io.github.posthogcatalog.example.events;

import io.github.posthogcatalog.annotations.Catalog;
