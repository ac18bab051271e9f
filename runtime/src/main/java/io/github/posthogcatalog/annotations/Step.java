package io.github.posthogcatalog.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One way an {@link Action} can match, in PostHog's terms an Action step. An event matches the
 * step when it has the named event name and meets every criterion the step sets. An event matches
 * the Action when it matches any of its steps.
 *
 * <p>Name the event either by class ({@link #event()}, an {@link Event} type of the catalog) or by
 * wire name ({@link #eventName()}, an event of the catalog or one of PostHog's own events such as
 * {@code $pageview} or {@code $autocapture}). The element criteria ({@link #selector()},
 * {@link #tagName()}, {@link #text()}, {@link #href()}) apply to autocaptured events. Empty
 * strings mean "not set".
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Step {

    /** The event as an {@link Event} type; {@code void.class} means "not set". */
    Class<?> event() default void.class;

    /**
     * The event's wire name, for events not declared as a class here, such as {@code "$pageview"}
     * or an event of a dependency's catalog; empty means "not set". Set at most one of
     * {@link #event()} and {@code eventName}.
     */
    String eventName() default "";

    /**
     * A CSS selector that the autocaptured element must match, for example
     * {@code "button.checkout"} or {@code "form#signup > button"}. PostHog's matcher supports only
     * tags, {@code .class}, {@code #id}, {@code [attr="value"]}, {@code :nth-child(n)},
     * {@code :nth-of-type(n)} and the descendant and child combinators; the processor rejects the
     * rest.
     */
    String selector() default "";

    /** The autocaptured element's tag name, for example {@code "button"}. */
    String tagName() default "";

    /** The autocaptured element's text, compared by {@link #textMatching()}. */
    String text() default "";

    /** The comparison for {@link #text()}; exact by default, as PostHog treats an unset value. */
    Matching textMatching() default Matching.EXACT;

    /** The autocaptured link's target, compared by {@link #hrefMatching()}. */
    String href() default "";

    /** The comparison for {@link #href()}; exact by default, as PostHog treats an unset value. */
    Matching hrefMatching() default Matching.EXACT;

    /** The page URL ({@code $current_url}), compared by {@link #urlMatching()}. */
    String url() default "";

    /** The comparison for {@link #url()}; contains by default, as PostHog fills in an unset value. */
    Matching urlMatching() default Matching.CONTAINS;

    /** Property filters that must all hold. */
    Where[] properties() default {};
}
