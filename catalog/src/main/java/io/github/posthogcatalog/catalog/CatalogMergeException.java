package io.github.posthogcatalog.catalog;

/**
 * Catalogs that cannot be merged: two sources declare the same event differently, or the same
 * Action or destination, or a destination refers to an Action that no catalog declares. The message
 * names the sources involved.
 */
public final class CatalogMergeException extends CatalogException {

    private static final long serialVersionUID = 1L;

    /** @param message what conflicts, naming every source involved */
    public CatalogMergeException(String message) {
        super(message, null);
    }
}
