package io.github.posthogcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record component or accessor that holds when the event happened. It is sent as the
 * event's timestamp instead of the time of sending, and is not a property. Its type must be
 * {@link java.time.Instant}, {@link java.time.OffsetDateTime} or {@link java.time.ZonedDateTime};
 * at most one per event.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Timestamp {}
