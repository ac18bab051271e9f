package io.github.posthogcatalog.catalog;

import java.io.IOException;

/** A class-path entry or catalog file that exists but cannot be read. */
public final class CatalogReadException extends CatalogException {

    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * @param source the directory, jar or jar entry that failed
     * @param cause the I/O error
     */
    public CatalogReadException(String source, IOException cause) {
        super("Cannot read the catalog in " + source + ": " + describe(cause), cause);
        this.source = source;
    }

    /** Returns the directory, jar or jar entry that failed. */
    public String source() {
        return source;
    }

    // Some I/O exceptions carry only a path as their message, so the type name is kept in front.
    private static String describe(IOException cause) {
        String detail = cause.getMessage();
        String type = cause.getClass().getSimpleName();
        return detail == null ? type : type + ": " + detail;
    }
}
