package io.github.posthogcatalog.processor.diagnostics;

import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One error found by a validator, with the place javac should point at. Validators return findings
 * instead of printing them, so that a declaration is reported once and in one place.
 *
 * @param diagnostic the catalogue entry
 * @param message the formatted message, tag included
 * @param element the element at fault
 * @param annotation the annotation at fault on that element, or null
 * @param value the annotation attribute at fault, or null
 */
public record Finding(
        Diagnostic diagnostic, String message, Element element, AnnotationMirror annotation, AnnotationValue value) {

    public Finding {
        Objects.requireNonNull(diagnostic, "diagnostic");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(element, "element");
    }

    /** Returns a finding on an element. */
    public static Finding on(Element element, Diagnostic diagnostic, Object... args) {
        return new Finding(diagnostic, diagnostic.format(args), element, null, null);
    }

    /** Returns a finding on an annotation of an element, or on the element when the annotation is null. */
    public static Finding on(Element element, AnnotationMirror annotation, Diagnostic diagnostic, Object... args) {
        return new Finding(diagnostic, diagnostic.format(args), element, annotation, null);
    }

    /**
     * Returns a finding on one attribute of an annotation. A null value falls back to the
     * annotation, and a null annotation to the element.
     */
    public static Finding on(
            Element element, AnnotationMirror annotation, AnnotationValue value, Diagnostic diagnostic, Object... args) {
        return new Finding(diagnostic, diagnostic.format(args), element, annotation, annotation == null ? null : value);
    }
}
