package io.github.posthogcatalog.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** Reads annotations by mirror and canonical name. */
public final class Mirrors {

    private final Elements elements;

    public Mirrors(Elements elements) {
        this.elements = elements;
    }

    /** Returns the annotation with the given canonical name on an element or type, if present. */
    public static Optional<AnnotationMirror> find(AnnotatedConstruct construct, String canonicalName) {
        for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
            if (canonicalName(mirror).equals(canonicalName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** Returns whether any annotation on the construct has the given simple name. */
    public static boolean hasSimpleName(AnnotatedConstruct construct, String simpleName) {
        for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the canonical name of an annotation's type. */
    public static String canonicalName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /**
     * Returns the attribute as written in source, or null when the attribute takes its default.
     * Use it to point a diagnostic at the value.
     */
    public static AnnotationValue explicitValue(AnnotationMirror mirror, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Returns a string attribute, falling back to its declared default. */
    public String string(AnnotationMirror mirror, String attribute) {
        Object value = value(mirror, attribute);
        return value == null ? "" : value.toString();
    }

    /** Returns a string-array attribute, falling back to its declared default. */
    public List<String> strings(AnnotationMirror mirror, String attribute) {
        List<String> result = new ArrayList<>();
        Object value = value(mirror, attribute);
        if (value instanceof List<?> list) {
            for (Object item : list) {
                result.add(String.valueOf(((AnnotationValue) item).getValue()));
            }
        }
        return result;
    }

    /** Returns the constant name of an enum attribute, falling back to its declared default. */
    public String enumConstant(AnnotationMirror mirror, String attribute) {
        Object value = value(mirror, attribute);
        return value instanceof VariableElement constant ? constant.getSimpleName().toString() : "";
    }

    private Object value(AnnotationMirror mirror, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue().getValue();
            }
        }
        return null;
    }
}
