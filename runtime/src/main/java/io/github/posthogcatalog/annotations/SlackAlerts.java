package io.github.posthogcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Holds several {@link SlackAlert} annotations on one type; the compiler writes it for you. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SlackAlerts {

    /** The alerts declared on the type. */
    SlackAlert[] value();
}
