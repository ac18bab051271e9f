package io.github.posthogcatalog.processor.alerts;

import io.github.posthogcatalog.catalog.Masking;

/**
 * The trigger modes of {@code @Trigger}, with their PostHog masking and their plain-word name in
 * the catalog. The constants mirror {@code TriggerMode} by name, because the processor reads
 * annotation values as mirrors and cannot load the runtime enum.
 *
 * <p>The masking hashes are the ones PostHog's destination form writes for its trigger options
 * (a {@code null} masking for "run every time").
 */
public enum TriggerOption {

    /** Every matching event posts. */
    EVERY_TIME("every-time", null),

    /** At most once per interval in total. */
    ONCE_PER_INTERVAL("once-per-interval", "all"),

    /** At most once per person per interval. */
    ONCE_PER_PERSON("once-per-person", "{person.id}"),

    /** At most once per person and event name per interval. */
    ONCE_PER_PERSON_AND_EVENT("once-per-person-and-event", "{concat(person.id, event.event)}");

    /** The minimum interval PostHog accepts, in seconds ({@code HogFunctionMaskingSerializer.ttl}). */
    public static final int MIN_INTERVAL_SECONDS = 60;

    /** The maximum interval PostHog accepts, in seconds: 24 hours. */
    public static final int MAX_INTERVAL_SECONDS = 86_400;

    private final String catalogName;
    private final String hash;

    TriggerOption(String catalogName, String hash) {
        this.catalogName = catalogName;
        this.hash = hash;
    }

    /** Returns the option for a {@code TriggerMode} constant name, such as {@code "ONCE_PER_PERSON"}. */
    public static TriggerOption forMode(String constantName) {
        return valueOf(constantName);
    }

    /** Returns the plain-word name written to the catalog, such as {@code once-per-person}. */
    public String catalogName() {
        return catalogName;
    }

    /**
     * Returns PostHog's masking for this option.
     *
     * @param intervalSeconds the masking TTL; must be 60 to 86,400 unless this is {@link #EVERY_TIME}
     * @param threshold the event count that lifts the mask early; 0 means none
     * @return null for {@link #EVERY_TIME}, which PostHog stores as no masking
     */
    public Masking masking(int intervalSeconds, int threshold) {
        if (hash == null) {
            return null;
        }
        if (intervalSeconds < MIN_INTERVAL_SECONDS || intervalSeconds > MAX_INTERVAL_SECONDS) {
            throw new IllegalArgumentException("intervalSeconds must be 60 to 86400: " + intervalSeconds);
        }
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must be 0 (none) or positive: " + threshold);
        }
        return new Masking(intervalSeconds, hash, threshold == 0 ? null : threshold);
    }
}
