package io.github.posthogcatalog.processor.actions;

import io.github.posthogcatalog.catalog.EventDefinition;
import io.github.posthogcatalog.catalog.PropertyDefinition;
import io.github.posthogcatalog.catalog.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * TEST HARNESS ONLY: builds an event from an {@code @Event} record in the simplest way, enough to
 * exercise the collectors: snake_case names (or {@code @Property(name)}), {@code Optional} means
 * optional, and a handful of types. The real event model lives in the processor pipeline.
 */
final class SimpleEventModel {

    private SimpleEventModel() {}

    static EventDefinition event(TypeElement type, Elements elements) {
        AnnotationMirror event = mirror(type, "io.github.posthogcatalog.annotations.Event");
        String name = AnnotationValues.of(event, elements).string("name");
        List<PropertyDefinition> properties = new ArrayList<>();
        for (RecordComponentElement component : type.getRecordComponents()) {
            properties.add(property(component, elements));
        }
        properties.sort(Comparator.comparing(PropertyDefinition::name));
        return new EventDefinition(name, "", "", List.of(), type.getQualifiedName().toString(), properties, null);
    }

    private static PropertyDefinition property(RecordComponentElement component, Elements elements) {
        AnnotationMirror property = mirror(component, "io.github.posthogcatalog.annotations.Property");
        String written = property == null ? "" : AnnotationValues.of(property, elements).string("name");
        String name = written.isEmpty() ? snakeCase(component.getSimpleName().toString()) : written;
        TypeMirror type = component.asType();
        boolean optional = type.toString().startsWith("java.util.Optional<");
        if (optional) {
            type = ((DeclaredType) type).getTypeArguments().get(0);
        }
        return new PropertyDefinition(name, "", !optional, valueType(type));
    }

    private static ValueType valueType(TypeMirror type) {
        String javaType = type.toString();
        String jsonType = switch (javaType) {
            case "java.lang.String" -> "string";
            case "int", "long", "java.lang.Integer", "java.lang.Long" -> "integer";
            case "double", "float", "java.lang.Double", "java.math.BigDecimal" -> "number";
            case "boolean", "java.lang.Boolean" -> "boolean";
            default -> javaType.startsWith("java.util.List<") ? "array" : "object";
        };
        List<String> enumValues = List.of();
        if (type instanceof DeclaredType declared && declared.asElement().getKind() == ElementKind.ENUM) {
            jsonType = "string";
            enumValues = declared.asElement().getEnclosedElements().stream()
                    .filter(element -> element.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(element -> element.getSimpleName().toString())
                    .toList();
        }
        return new ValueType(jsonType, null, javaType, enumValues, null, null, null);
    }

    private static AnnotationMirror mirror(Element element, String annotation) {
        return element.getAnnotationMirrors().stream()
                .filter(mirror -> mirror.getAnnotationType().toString().equals(annotation))
                .findFirst()
                .orElse(null);
    }

    private static String snakeCase(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
