package io.github.posthogcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * When a {@link SlackAlert} posts: PostHog's trigger options for a destination, for example
 * {@code @Trigger(value = TriggerMode.ONCE_PER_PERSON, intervalSeconds = 86_400)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Trigger {

    /** The trigger mode; see {@link TriggerMode} for what PostHog can and cannot express. */
    TriggerMode value();

    /**
     * The suppression interval in seconds: after a message, further ones are skipped for this long.
     * 60 to 86,400.
     * 1,800 (30 minutes) by default, the default of PostHog's own form. Ignored by, and rejected
     * with, {@link TriggerMode#EVERY_TIME}.
     */
    int intervalSeconds() default 1800;

    /**
     * The number of events after which suppression ends early, even before the interval has
     * passed; 0 (the default) means no threshold, otherwise at least 1.
     */
    int threshold() default 0;
}
