package io.github.posthogcatalog.processor.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The values of one annotation mirror, defaults included, read by attribute name. The processor
 * reads annotations as mirrors because {@code Class} attributes and nested annotations are not
 * available reflectively at compile time.
 */
public final class AnnotationValues {

    private final AnnotationMirror mirror;
    private final Map<String, AnnotationValue> values;
    private final Map<String, AnnotationValue> explicit;

    private AnnotationValues(AnnotationMirror mirror, Map<String, AnnotationValue> values,
            Map<String, AnnotationValue> explicit) {
        this.mirror = mirror;
        this.values = values;
        this.explicit = explicit;
    }

    /** Reads {@code mirror}, filling in the defaults of attributes not written in source. */
    public static AnnotationValues of(AnnotationMirror mirror, Elements elements) {
        return new AnnotationValues(mirror, byName(elements.getElementValuesWithDefaults(mirror)),
                byName(mirror.getElementValues()));
    }

    /**
     * Returns the annotations of type {@code annotation} on {@code element}, including those held by
     * the repeatable container {@code container}, in source order.
     */
    public static List<AnnotationMirror> find(Element element, String annotation, String container,
            Elements elements) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = qualifiedName(mirror);
            if (name.equals(annotation)) {
                found.add(mirror);
            } else if (name.equals(container)) {
                found.addAll(of(mirror, elements).annotations("value"));
            }
        }
        return found;
    }

    /** Returns whether {@code element} carries an annotation with this qualified name. */
    public static boolean isAnnotated(Element element, String annotation) {
        return element.getAnnotationMirrors().stream().anyMatch(mirror -> qualifiedName(mirror).equals(annotation));
    }

    /** Returns the annotation mirror these values belong to. */
    public AnnotationMirror mirror() {
        return mirror;
    }

    /** Returns the value of {@code name}: as written, else the default; for locating diagnostics. */
    public AnnotationValue value(String name) {
        AnnotationValue value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no attribute " + name + " on " + mirror);
        }
        return value;
    }

    /** Returns whether {@code name} is written in source rather than left at its default. */
    public boolean isWritten(String name) {
        return explicit.containsKey(name);
    }

    /** Returns a {@code String} value. */
    public String string(String name) {
        return (String) value(name).getValue();
    }

    /** Returns an {@code int} value. */
    public int integer(String name) {
        return (Integer) value(name).getValue();
    }

    /** Returns a {@code boolean} value. */
    public boolean bool(String name) {
        return (Boolean) value(name).getValue();
    }

    /** Returns the simple name of an enum constant value, such as {@code "EXACT"}. */
    public String enumConstant(String name) {
        return ((VariableElement) value(name).getValue()).getSimpleName().toString();
    }

    /** Returns a {@code Class} value as a type mirror. */
    public TypeMirror type(String name) {
        return (TypeMirror) value(name).getValue();
    }

    /** Returns a nested annotation value. */
    public AnnotationMirror annotation(String name) {
        return (AnnotationMirror) value(name).getValue();
    }

    /** Returns the entries of an array value, each with its own position for diagnostics. */
    public List<AnnotationValue> array(String name) {
        @SuppressWarnings("unchecked")
        List<AnnotationValue> entries = (List<AnnotationValue>) value(name).getValue();
        return entries;
    }

    /** Returns a {@code String[]} value. */
    public List<String> strings(String name) {
        return array(name).stream().map(entry -> (String) entry.getValue()).toList();
    }

    /** Returns an array of nested annotations. */
    public List<AnnotationMirror> annotations(String name) {
        return array(name).stream().map(entry -> (AnnotationMirror) entry.getValue()).toList();
    }

    private static String qualifiedName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    private static Map<String, AnnotationValue> byName(Map<? extends ExecutableElement, ? extends AnnotationValue> values) {
        Map<String, AnnotationValue> byName = new LinkedHashMap<>();
        values.forEach((attribute, value) -> byName.put(attribute.getSimpleName().toString(), value));
        return byName;
    }
}
