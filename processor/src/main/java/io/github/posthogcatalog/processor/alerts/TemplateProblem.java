package io.github.posthogcatalog.processor.alerts;

/**
 * A mistake in a Hog template.
 *
 * @param kind what is wrong
 * @param position the 0-based index in the template where it is
 * @param detail the specifics: the offending text and the fix
 */
public record TemplateProblem(Kind kind, int position, String detail) {

    /** The kinds of mistake, each reported with its own diagnostic. */
    public enum Kind {
        /** Liquid's {@code {{ }}} or {@code {% %}} in a Hog template. */
        LIQUID,
        /** A brace that is not closed, an empty placeholder or an unclosed string. */
        SYNTAX,
        /** A placeholder that reads a global PostHog does not provide. */
        UNKNOWN_ROOT,
        /** A known global with a field it does not have, such as {@code person.email}. */
        UNKNOWN_FIELD
    }
}
