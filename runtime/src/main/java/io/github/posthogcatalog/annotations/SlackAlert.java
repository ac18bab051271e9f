package io.github.posthogcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a PostHog Slack destination that posts to a channel when an event or an Action
 * matches. Put it on an {@link Event} type or on a type with {@link Action}s.
 *
 * <p>What it watches: on a type with exactly one {@link Action}, that Action; on an {@link Event}
 * type without Actions, that event. Where the type has several Actions, or an event and Actions,
 * choose with {@link #action()} or {@link #onEvent()}; the processor reports the ambiguity.
 *
 * <p>The Slack workspace is not part of the annotation: the Maven plugin takes it from the
 * {@code posthog.slack.workspace} property, so the same catalog serves several PostHog projects.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(SlackAlerts.class)
public @interface SlackAlert {

    /**
     * The Slack channel: {@code "#name"} (lower-case letters, digits, {@code -} and {@code _}) or a
     * channel id such as {@code "C0123ABC"}. An id survives renaming the channel.
     */
    String channel();

    /**
     * The destination's stable identity. Empty means a slug of the {@link #name()}. Set it before
     * renaming the alert, to keep the existing PostHog destination. Lower-case letters, digits,
     * {@code -}, {@code _} and {@code .}, at most 100 characters, unique in the catalog.
     */
    String key() default "";

    /**
     * The destination's name in PostHog. Empty means derived from what it watches and the channel,
     * such as {@code "ESPi: New Message to #ops-production"}.
     */
    String name() default "";

    /** The purpose of the alert, shown in PostHog. Empty means none. */
    String description() default "";

    /**
     * The name of an {@link Action} on this type (its name or its key) to watch, where the type
     * declares several. Empty means chosen as this annotation type's description explains.
     */
    String action() default "";

    /** Watch the type's {@link Event} itself rather than its Actions; false by default. */
    boolean onEvent() default false;

    /**
     * The bot's emoji, written as {@code ":name:"}. Empty means the catalog's
     * {@link Catalog#slackEmoji()}, else PostHog's {@code ":hedgehog:"}.
     */
    String emoji() default "";

    /**
     * The name the message is posted under. Empty means the catalog's
     * {@link Catalog#slackBotName()}, else PostHog's {@code "PostHog"}.
     */
    String botName() default "";

    /**
     * The message as a PostHog Hog template with single-brace placeholders, for example
     * {@code "New message from {person.name}: {event.properties.conversation_id}"}. Write
     * {@code \{} for a literal brace. Placeholders may use the roots {@code event},
     * {@code person}, {@code groups}, {@code project} and {@code source}; every
     * {@code event.properties.X} must be a property of each event watched. Empty means a default
     * message: who triggered what, the event's main properties, and buttons that open the person
     * and the alert in PostHog. PostHog itself applies no default when a destination is created
     * through its API, so the catalog always carries the message.
     */
    String message() default "";

    /** When to post; every time by default. */
    Trigger trigger() default @Trigger(TriggerMode.EVERY_TIME);
}
