package io.github.posthogcatalog.maven.plan;

/** The kind of change the sync makes, or would make, to one object. */
public enum ChangeKind {
    /** The object is in the catalog but not in PostHog: it is created. */
    CREATE("create", "+", true),
    /** A managed object differs from the catalog in managed fields: it is patched. */
    UPDATE("update", "~", true),
    /**
     * An unmanaged Action with a catalog Action's name, or an object of another catalog with a catalog
     * key, is taken over, with {@code posthog.adopt}.
     */
    ADOPT("adopt", "~", true),
    /** A managed object is no longer in the catalog and {@code posthog.prune} is on: it is soft-deleted. */
    DELETE("delete", "-", true),
    /**
     * The sync cannot create or update the catalog's object: an unmanaged Action or another catalog's
     * Action has its name, or another catalog's object has its key.
     */
    CONFLICT("conflict", "!", true),
    /** A managed object is no longer in the catalog and is left alone because prune is off. */
    ORPHAN("orphan", "!", false),
    /**
     * A managed object whose marker names a catalog this build does not sync, or no catalog (the
     * older marker form): another module or repository owns it, so it is left alone.
     */
    OTHER_CATALOG("other-catalog", "=", false),
    /** A managed object matches the catalog. */
    UNCHANGED("unchanged", " ", false);

    private final String label;
    private final String symbol;
    private final boolean drift;

    ChangeKind(String label, String symbol, boolean drift) {
        this.label = label;
        this.symbol = symbol;
        this.drift = drift;
    }

    /** Returns the lower-case name used in printed plans and in {@code plan.json}. */
    public String label() {
        return label;
    }

    /** Returns the one-character prefix of the printed plan, in the style of Terraform. */
    public String symbol() {
        return symbol;
    }

    /**
     * Returns whether this kind makes the plan non-empty. Orphans do not: the plan lists them, but a
     * sync without prune leaves them in place, so they cannot count as drift that sync fixes.
     */
    public boolean isDrift() {
        return drift;
    }

    /** Returns whether applying this kind sends a write to PostHog. */
    public boolean isWrite() {
        return this == CREATE || this == UPDATE || this == ADOPT || this == DELETE;
    }
}
