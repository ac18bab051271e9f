package io.github.posthogcatalog.annotations;

/** A rule for wire names, checked by the processor and used to derive default property names. */
public enum NamingConvention {

    /** Lower-case words joined by {@code _}, such as {@code token_count}. */
    SNAKE_CASE,

    /** Lower-case words joined by {@code -}, such as {@code espi-message}. */
    KEBAB_CASE,

    /** Words joined with the first lower-case and the rest capitalised, such as {@code tokenCount}. */
    CAMEL_CASE,

    /** No rule: any non-blank name that does not start with {@code $} is accepted. */
    ANY
}
