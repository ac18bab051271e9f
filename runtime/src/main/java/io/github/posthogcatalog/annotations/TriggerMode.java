package io.github.posthogcatalog.annotations;

/**
 * When a {@link SlackAlert} posts, in PostHog's terms the destination's trigger options (masking).
 * Every mode except {@link #EVERY_TIME} suppresses further messages for
 * {@link Trigger#intervalSeconds()} after one is sent, keyed as each constant describes.
 *
 * <p>PostHog cannot express "only the first time ever": the longest interval it accepts is
 * 86,400 seconds (24 hours). The closest is {@link #ONCE_PER_PERSON} with
 * {@code intervalSeconds = 86_400}, which posts at most once per person per 24 hours.
 */
public enum TriggerMode {

    /** Post for every matching event (no masking). */
    EVERY_TIME,

    /** Post at most once per interval, for all persons together (masking hash {@code all}). */
    ONCE_PER_INTERVAL,

    /** Post at most once per person per interval (masking hash {@code {person.id}}). */
    ONCE_PER_PERSON,

    /**
     * Post at most once per person and event name per interval (masking hash
     * {@code {concat(person.id, event.event)}}); useful for Actions that match several events.
     */
    ONCE_PER_PERSON_AND_EVENT
}
