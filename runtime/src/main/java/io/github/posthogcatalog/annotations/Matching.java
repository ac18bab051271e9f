package io.github.posthogcatalog.annotations;

/**
 * How an Action step compares an element's text, its link target or the page URL with the value
 * given in {@link Step}. The names map to PostHog's {@code *_matching} values.
 */
public enum Matching {

    /** The whole value must be equal, case-sensitively ({@code exact}). */
    EXACT,

    /** The value must contain the given text ({@code contains}). */
    CONTAINS,

    /**
     * The value must match the given regular expression ({@code regex}). PostHog evaluates it with
     * RE2, so lookaround and backreferences are not available; the processor checks the pattern.
     */
    REGEX
}
