package io.github.posthogcatalog.maven.plan;

import io.github.posthogcatalog.maven.api.PostHogApi;
import io.github.posthogcatalog.maven.api.PostHogApiException;
import io.github.posthogcatalog.maven.api.SlackChannel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves the Slack channel a destination names ({@code #name} or a channel id) to the channel id
 * that PostHog's Slack template posts to, through the channel list of the project's Slack
 * integration. A channel that is missing, or where PostHog's Slack app is not a member, is an error:
 * the destination would be created but every message would fail.
 */
public final class ChannelResolver {

    /** Slack channel ids: C (public), G (private or group) or D (direct message), then upper-case letters and digits. */
    private static final Pattern CHANNEL_ID = Pattern.compile("[CGD][A-Z0-9]{6,}");

    private final List<SlackChannel> channels;
    private final long integrationId;

    private ChannelResolver(List<SlackChannel> channels, long integrationId) {
        this.channels = List.copyOf(channels);
        this.integrationId = integrationId;
    }

    /**
     * Loads the channel list of a Slack integration once.
     *
     * @throws PlanningException when the integration cannot be read
     */
    public static ChannelResolver load(PostHogApi api, long integrationId) {
        try {
            return new ChannelResolver(api.listSlackChannels(integrationId), integrationId);
        } catch (PostHogApiException e) {
            if (e.status() == 404) {
                throw new PlanningException("Slack integration " + integrationId + " was not found in the project."
                        + " Set posthog.slack.workspace (-Dposthog.slack.workspace or <slackWorkspace>) to the id of"
                        + " the project's Slack integration, shown under Project settings > Integrations in PostHog.", e);
            }
            throw e;
        }
    }

    /** Returns a resolver over a fixed channel list, for tests and for callers that read the list themselves. */
    public static ChannelResolver of(List<SlackChannel> channels, long integrationId) {
        return new ChannelResolver(channels, integrationId);
    }

    /**
     * Returns the id of the channel, or a message that says what is wrong and how to fix it.
     *
     * @param channel the channel as written in the catalog
     * @param destination the destination's name, for the message
     */
    public Resolution resolve(String channel, String destination) {
        Optional<SlackChannel> found = find(channel);
        if (found.isEmpty()) {
            return Resolution.failed("Slack channel " + channel + " of destination '" + destination
                    + "' was not found in Slack integration " + integrationId + ". Check the channel name; a private"
                    + " channel is listed only after you invite the PostHog app to it (type /invite @PostHog in"
                    + " the channel).");
        }
        SlackChannel match = found.get();
        if (!match.isMember()) {
            return Resolution.failed("The PostHog app is not a member of Slack channel " + channel + " ("
                    + match.id() + "), used by destination '" + destination + "', so it cannot post there."
                    + " Invite the PostHog app to the channel (type /invite @PostHog in it), then run again.");
        }
        return Resolution.resolved(match.id());
    }

    private Optional<SlackChannel> find(String channel) {
        String written = channel.strip();
        if (CHANNEL_ID.matcher(written).matches()) {
            return channels.stream().filter(candidate -> written.equals(candidate.id())).findFirst();
        }
        String name = (written.startsWith("#") ? written.substring(1) : written).toLowerCase(Locale.ROOT);
        return channels.stream()
                .filter(candidate -> candidate.name() != null && name.equals(candidate.name().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /**
     * The result of resolving one channel.
     *
     * @param channelId the channel id, or null when resolution failed
     * @param error the message for the user, or null when resolution succeeded
     */
    public record Resolution(String channelId, String error) {

        static Resolution resolved(String channelId) {
            return new Resolution(channelId, null);
        }

        static Resolution failed(String error) {
            return new Resolution(null, error);
        }
    }
}
