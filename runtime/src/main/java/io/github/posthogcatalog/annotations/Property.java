package io.github.posthogcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets the wire name or the description of one event property. Put it on a record component or on
 * an interface accessor method. Without it, the wire name is derived from the Java name by the
 * catalog's {@link Catalog#propertyNaming()} (snake_case by default, so {@code tokenCount} becomes
 * {@code token_count}) and the description comes from the accessor's Javadoc.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Property {

    /**
     * The property's wire name, sent to PostHog byte for byte. Empty means derived from the Java
     * name. It must not be blank, must not start with {@code $} and must be at most 200 characters.
     */
    String name() default "";

    /** What the property holds, for the catalog and the docs. Empty means taken from Javadoc. */
    String description() default "";
}
