package io.github.posthogcatalog.catalog;

/**
 * A catalog that cannot be used: unreadable, malformed or in conflict with another catalog. The
 * message names the catalog source and says what is wrong, so callers can show it as it is.
 */
public class CatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the complete, user-facing description of the problem
     * @param cause the underlying error, or null
     */
    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
