package io.github.posthogcatalog.processor.validation;

import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Finding;
import io.github.posthogcatalog.processor.model.NameStyle;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The rules every event and property wire name follows. Each check returns the first rule the name
 * breaks, so a blank name is not also reported as breaking the convention.
 */
public final class NameRules {

    /** PostHog's limit on event names, in characters. */
    public static final int MAX_EVENT_NAME_LENGTH = 200;

    /**
     * The limit on property names, in characters. PostHog stores property names as JSON keys with
     * no documented limit; 200 matches the event limit and keeps names readable in its UI.
     */
    public static final int MAX_PROPERTY_NAME_LENGTH = 200;

    private NameRules() {}

    /** Checks an event name against PostHog's rules and the catalog's convention. */
    public static Optional<Finding> checkEvent(
            String name, NameStyle style, Element element, AnnotationMirror annotation, AnnotationValue value) {
        if (name.isBlank()) {
            return Optional.of(Finding.on(element, annotation, value, Diagnostic.EVENT_NAME_BLANK));
        }
        if (name.length() > MAX_EVENT_NAME_LENGTH) {
            return Optional.of(Finding.on(element, annotation, value,
                    Diagnostic.EVENT_NAME_TOO_LONG, name.length(), MAX_EVENT_NAME_LENGTH));
        }
        if (name.startsWith("$")) {
            return Optional.of(Finding.on(element, annotation, value, Diagnostic.EVENT_NAME_RESERVED, name));
        }
        if (!style.matches(name)) {
            return Optional.of(Finding.on(element, annotation, value,
                    Diagnostic.EVENT_NAME_CONVENTION, name, style.label(), style.apply(name)));
        }
        return Optional.empty();
    }

    /**
     * Checks a property name. The annotation and value are null for a name derived from the Java
     * name, so that the error points at the component or accessor itself.
     */
    public static Optional<Finding> checkProperty(
            String name, NameStyle style, Element element, AnnotationMirror annotation, AnnotationValue value) {
        if (name.isBlank()) {
            return Optional.of(Finding.on(element, annotation, value, Diagnostic.PROPERTY_NAME_BLANK));
        }
        if (name.length() > MAX_PROPERTY_NAME_LENGTH) {
            return Optional.of(Finding.on(element, annotation, value,
                    Diagnostic.PROPERTY_NAME_TOO_LONG, name, name.length(), MAX_PROPERTY_NAME_LENGTH));
        }
        if (name.startsWith("$")) {
            return Optional.of(Finding.on(element, annotation, value, Diagnostic.PROPERTY_NAME_RESERVED, name));
        }
        if (!style.matches(name)) {
            return Optional.of(Finding.on(element, annotation, value,
                    Diagnostic.PROPERTY_NAME_CONVENTION, name, style.label(), style.apply(name)));
        }
        return Optional.empty();
    }
}
