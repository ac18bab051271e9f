package io.github.posthogcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a PostHog Action: a named set of steps that PostHog matches against incoming events,
 * for use in insights, cohorts and destinations.
 *
 * <p>On an {@link Event} type with no {@link #steps()}, it declares an Action with one step that
 * matches that event. On any other type, give the steps explicitly; that covers autocapture and
 * Actions that match several events:
 *
 * <pre>{@code
 * @Action(name = "Checkout clicked",
 *         steps = @Step(eventName = "$autocapture", selector = "button.checkout"))
 * final class CheckoutActions {}
 * }</pre>
 *
 * <p>The Maven plugin finds the Action in PostHog by its {@link #key()}, so renaming it in code
 * renames it in PostHog and keeps the insights and destinations that use it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Actions.class)
public @interface Action {

    /**
     * The Action's name in PostHog, for example {@code "ESPi: New Message"}: not blank, at most 400
     * characters, unique among the catalog's Actions (PostHog rejects a second Action with the same
     * name in a project).
     */
    String name();

    /**
     * The Action's stable identity. Empty means a slug of the {@link #name()}, such as
     * {@code "espi-new-message"}. Set it before renaming an Action, to the slug of the old name, so
     * the plugin renames the existing PostHog Action rather than creating a new one. Lower-case
     * letters, digits, {@code -}, {@code _} and {@code .}, at most 100 characters, unique in the
     * catalog.
     */
    String key() default "";

    /** The meaning of the Action, shown in PostHog. Empty means taken from the type's Javadoc. */
    String description() default "";

    /** Tags for the Action in PostHog; PostHog stores them lower-cased, and so does the catalog. */
    String[] tags() default {};

    /**
     * The steps, any of which matches. Empty on an {@link Event} type means one step that matches
     * that event; elsewhere at least one step is required.
     */
    Step[] steps() default {};
}
