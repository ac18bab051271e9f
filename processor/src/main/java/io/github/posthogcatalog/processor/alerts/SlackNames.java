package io.github.posthogcatalog.processor.alerts;

import java.util.regex.Pattern;

/** The forms Slack accepts for channel names, channel ids and emoji codes. */
public final class SlackNames {

    /**
     * A channel name: Slack allows lower-case letters, digits, {@code -} and {@code _}, at most 80
     * characters (Slack's conversations.create rules).
     */
    private static final Pattern CHANNEL_NAME = Pattern.compile("#[a-z0-9_-][a-z0-9_.-]{0,79}");

    /**
     * A conversation id: {@code C} (public), {@code G} (private or group) or {@code D} (direct),
     * then upper-case letters and digits.
     */
    private static final Pattern CHANNEL_ID = Pattern.compile("[CGD][A-Z0-9]{6,}");

    /** An emoji code: {@code :name:} with Slack's characters for custom emoji names. */
    private static final Pattern EMOJI = Pattern.compile(":[a-z0-9_+'-]+:");

    private SlackNames() {}

    /** Returns whether {@code channel} is {@code #name} or a channel id such as {@code C0123ABC}. */
    public static boolean isChannel(String channel) {
        return CHANNEL_NAME.matcher(channel).matches() || CHANNEL_ID.matcher(channel).matches();
    }

    /** Returns whether {@code emoji} is written as {@code :name:}. */
    public static boolean isEmoji(String emoji) {
        return EMOJI.matcher(emoji).matches();
    }
}
