package io.github.posthogcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets the value that an enum constant is sent as. Without it, a constant is sent as its name, so
 * {@code Plan.FREE} is sent as {@code "FREE"}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface WireValue {

    /** The value sent to PostHog for this constant; not blank, unique within the enum. */
    String value();
}
