package io.github.posthogcatalog.processor.model;

/**
 * The property types that map to one JSON value, with their JSON type and format in the catalog.
 * {@code BIG_INTEGER} uses the format {@code big-integer}: a string of decimal digits, because JSON
 * readers often parse numbers as doubles and would lose digits.
 */
public enum ScalarKind {

    STRING("string", null),
    BOOLEAN("boolean", null),
    /** {@code byte}, {@code short}, {@code int} and their boxes; sent as an {@link Integer}. */
    INT32("integer", "int32"),
    /** {@code long} and {@link Long}. */
    INT64("integer", "int64"),
    /** {@code float} and {@link Float}; sent as a finite {@link Double}. */
    FLOAT("number", "float"),
    /** {@code double} and {@link Double}; sent as a finite {@link Double}. */
    DOUBLE("number", "double"),
    DECIMAL("string", "decimal"),
    BIG_INTEGER("string", "big-integer"),
    INSTANT("string", "date-time"),
    OFFSET_DATE_TIME("string", "date-time"),
    ZONED_DATE_TIME("string", "date-time"),
    LOCAL_DATE("string", "date"),
    DURATION("string", "duration"),
    UUID("string", "uuid");

    private final String jsonType;
    private final String format;

    ScalarKind(String jsonType, String format) {
        this.jsonType = jsonType;
        this.format = format;
    }

    /** Returns the JSON type, such as {@code string}. */
    public String jsonType() {
        return jsonType;
    }

    /** Returns the JSON format, such as {@code date-time}, or null when there is none. */
    public String format() {
        return format;
    }
}
