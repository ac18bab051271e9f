package io.github.posthogcatalog.catalog;

/**
 * A catalog file that cannot be read: malformed JSON, an unknown format version or a schema fault.
 * The message has the form {@code Invalid catalog SOURCE at JSON_PATH: PROBLEM}.
 */
public final class CatalogFormatException extends CatalogException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String jsonPath;

    /**
     * @param source the file or jar entry that was read
     * @param jsonPath the JSON path of the first fault, such as {@code $.events[2].name}
     * @param problem what is wrong there
     * @param cause the underlying parser or validator error, or null
     */
    public CatalogFormatException(String source, String jsonPath, String problem, Throwable cause) {
        super("Invalid catalog " + source + " at " + jsonPath + ": " + problem, cause);
        this.source = source;
        this.jsonPath = jsonPath;
    }

    /** Returns the file or jar entry that was read. */
    public String source() {
        return source;
    }

    /** Returns the JSON path of the first fault. */
    public String jsonPath() {
        return jsonPath;
    }
}
