package io.github.posthogcatalog.processor.validation;

/**
 * Canonical names of the annotations the processor reads. The processor reads them by mirror, not
 * by class, so that it does not need the runtime jar on its own class path.
 */
public final class AnnotationNames {

    private static final String PACKAGE = "io.github.posthogcatalog.annotations.";

    public static final String EVENT = PACKAGE + "Event";
    public static final String CATALOG = PACKAGE + "Catalog";
    public static final String PROPERTY = PACKAGE + "Property";
    public static final String TIMESTAMP = PACKAGE + "Timestamp";
    public static final String GROUP = PACKAGE + "Group";
    public static final String WIRE_VALUE = PACKAGE + "WireValue";

    /** The annotation on every generated file. */
    public static final String GENERATED = "javax.annotation.processing.Generated";

    /** The simple name that marks a type as nullable, whatever its package (JSpecify, JSR 305, ...). */
    public static final String NULLABLE_SIMPLE_NAME = "Nullable";

    private AnnotationNames() {}
}
