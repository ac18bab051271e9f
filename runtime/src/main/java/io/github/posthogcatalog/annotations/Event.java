package io.github.posthogcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a PostHog event. Put it on a record, whose components are the event's properties, or on
 * an interface, whose abstract accessor methods are the properties. Static nested types of either
 * are accepted too.
 *
 * <p>The processor checks the declaration at compile time, generates a type-safe emitter for it and
 * adds it to the module's catalog ({@code META-INF/posthog/catalog.json}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Event {

    /**
     * The event's wire name, sent to PostHog byte for byte, for example {@code "espi-message"}. It
     * must not be blank, must not start with {@code $} (PostHog's own events use that prefix), must
     * be at most 200 characters and must follow the catalog's {@link Catalog#eventNaming()}.
     */
    String name();

    /**
     * The event's meaning, for the catalog and the generated docs. When empty, the type's Javadoc
     * is used.
     */
    String description() default "";

    /** Free-form tags that group events in the docs, for example {@code "auth"} or {@code "billing"}. */
    String[] tags() default {};

    /** The team or person who owns the event and answers questions about it, for example {@code "platform-team"}. */
    String owner() default "";
}
