package io.github.posthogcatalog.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.posthogcatalog.catalog.PropertyDefinition;
import io.github.posthogcatalog.catalog.ValueType;
import java.util.Objects;

/**
 * One property of an event or one component of a nested record.
 *
 * @param javaName the record component or accessor method name
 * @param wireName the name sent to PostHog
 * @param description what the property holds; may be empty
 * @param optionality whether and how the property may be absent
 * @param shape the value's type without its optional wrapper
 */
public record PropertyModel(
        String javaName, String wireName, String description, Optionality optionality, TypeShape shape) {

    public PropertyModel {
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(wireName, "wireName");
        description = Objects.requireNonNullElse(description, "");
        Objects.requireNonNull(optionality, "optionality");
        Objects.requireNonNull(shape, "shape");
    }

    /** Returns whether every event carries this property. */
    public boolean required() {
        return optionality == Optionality.REQUIRED;
    }

    /** Returns the catalog's view of the value type. */
    public ValueType valueType() {
        return shape.valueType();
    }

    /** Returns the property as the catalog stores it. */
    public PropertyDefinition definition() {
        return new PropertyDefinition(wireName, description, required(), valueType());
    }

    /** Returns the Java type as declared on the accessor, such as {@code Optional<String>}. */
    public TypeName declaredType() {
        return switch (optionality) {
            case REQUIRED, NULLABLE -> shape.typeName();
            case OPTIONAL -> ParameterizedTypeName.get(ClassName.get("java.util", "Optional"), shape.typeName().box());
            case OPTIONAL_INT -> ClassName.get("java.util", "OptionalInt");
            case OPTIONAL_LONG -> ClassName.get("java.util", "OptionalLong");
            case OPTIONAL_DOUBLE -> ClassName.get("java.util", "OptionalDouble");
        };
    }
}
