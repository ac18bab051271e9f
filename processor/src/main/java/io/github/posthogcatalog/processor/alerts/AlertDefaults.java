package io.github.posthogcatalog.processor.alerts;

import java.util.Objects;

/**
 * The catalog-wide defaults of Slack alerts, from {@code @Catalog}.
 *
 * @param botName the name alerts post under unless they set their own
 * @param emoji the bot's emoji unless an alert sets its own, as {@code :name:}
 */
public record AlertDefaults(String botName, String emoji) {

    /** PostHog's own defaults, those of its Slack template: {@code "PostHog"} and {@code :hedgehog:}. */
    public static final AlertDefaults POSTHOG = new AlertDefaults("PostHog", ":hedgehog:");

    public AlertDefaults {
        Objects.requireNonNull(botName, "botName");
        Objects.requireNonNull(emoji, "emoji");
    }

    /** Returns the defaults for the given catalog values, where blank means PostHog's default. */
    public static AlertDefaults of(String botName, String emoji) {
        return new AlertDefaults(botName.isBlank() ? POSTHOG.botName() : botName,
                emoji.isBlank() ? POSTHOG.emoji() : emoji);
    }
}
