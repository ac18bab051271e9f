package io.github.posthogcatalog.processor.model;

/** How a property may be absent. Only {@link #REQUIRED} properties appear in every event. */
public enum Optionality {

    /** Always present; reference values must not be null. */
    REQUIRED,
    /** An {@code Optional<T>}; empty means absent. */
    OPTIONAL,
    /** An {@code OptionalInt}. */
    OPTIONAL_INT,
    /** An {@code OptionalLong}. */
    OPTIONAL_LONG,
    /** An {@code OptionalDouble}. */
    OPTIONAL_DOUBLE,
    /** A type marked {@code @Nullable}; null means absent. */
    NULLABLE
}
