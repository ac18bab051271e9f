package io.github.posthogcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the catalog of a module and sets its conventions and defaults. Put it on one
 * {@code package-info.java}. The generated entry class is placed in that package and named after
 * the catalog ({@code "platform-ops"} gives {@code PlatformOpsEvents}).
 *
 * <p>A module without {@code @Catalog} still gets a catalog with the default conventions. Its name is
 * the full name of the alphabetically first package that declares an {@code @Event} type, such as
 * {@code "com.acme.ops"}, or {@code "default"} when that is the unnamed package or the module
 * declares no event. The entry class goes into that package and is named after the package's last
 * segment ({@code com.acme.ops} gives {@code OpsEvents}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface Catalog {

    /** The catalog's name, for example {@code "platform-ops"}; letters, digits, {@code -} and {@code _}. */
    String name();

    /** A summary of the catalog's scope, shown at the top of the generated docs. */
    String description() default "";

    /** The convention every event wire name in this catalog must follow. */
    NamingConvention eventNaming() default NamingConvention.KEBAB_CASE;

    /**
     * The convention every property wire name must follow. It also derives the default wire name
     * from the Java name.
     */
    NamingConvention propertyNaming() default NamingConvention.SNAKE_CASE;

    /**
     * The Slack bot name that alerts of this catalog post under unless an alert sets its own, for
     * example {@code "PostHog: Platform Ops"}. Empty means PostHog's default, {@code "PostHog"}.
     */
    String slackBotName() default "";

    /**
     * The emoji that alerts of this catalog use unless an alert sets its own, written as
     * {@code ":name:"}. Empty means PostHog's default, {@code ":hedgehog:"}.
     */
    String slackEmoji() default "";
}
