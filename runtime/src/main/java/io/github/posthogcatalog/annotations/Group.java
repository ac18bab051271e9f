package io.github.posthogcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record component or accessor that holds the key of a PostHog group (group analytics),
 * for example the company an event belongs to. It is sent in {@code $groups} under the group type,
 * and is not a property. Its type must be {@link String}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Group {

    /** The group type as configured in PostHog, for example {@code "company"}. */
    String value();
}
