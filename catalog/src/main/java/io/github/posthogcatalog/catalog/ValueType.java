package io.github.posthogcatalog.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * The type of a property value, in JSON terms with the Java type it came from.
 *
 * @param jsonType one of {@code string}, {@code integer}, {@code number}, {@code boolean},
 *     {@code array} and {@code object}
 * @param format a refinement of the JSON type, or null: {@code date-time}, {@code date},
 *     {@code duration}, {@code uuid} and {@code decimal} on strings, {@code int32} and {@code int64}
 *     on integers, {@code float} and {@code double} on numbers
 * @param javaType the Java type as written in source, such as {@code java.util.List<Item>}
 * @param enumValues the allowed values of an enum, in declaration order; empty otherwise
 * @param items the element type of an array, or null
 * @param values the value type of a string-keyed map (an object with arbitrary keys), or null
 * @param properties the properties of a nested record (an object with fixed keys), sorted by wire
 *     name; empty otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ValueType(
        String jsonType,
        String format,
        String javaType,
        List<String> enumValues,
        ValueType items,
        ValueType values,
        List<PropertyDefinition> properties) {

    public ValueType {
        Objects.requireNonNull(jsonType, "jsonType");
        enumValues = List.copyOf(Objects.requireNonNullElse(enumValues, List.of()));
        properties = List.copyOf(Objects.requireNonNullElse(properties, List.of()));
    }
}
