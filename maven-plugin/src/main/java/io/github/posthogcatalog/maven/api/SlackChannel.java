package io.github.posthogcatalog.maven.api;

/**
 * A channel of a Slack integration, as PostHog lists it.
 *
 * @param id Slack's channel id, such as {@code C0123ABC}
 * @param name the channel name without {@code #}
 * @param isPrivate whether the channel is private
 * @param isMember whether PostHog's Slack app is a member; it can post only where it is
 */
public record SlackChannel(String id, String name, boolean isPrivate, boolean isMember) {}
