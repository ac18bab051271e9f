package io.github.posthogcatalog.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.posthogcatalog.processor.model.EnumConstant;
import io.github.posthogcatalog.processor.model.PropertyModel;
import io.github.posthogcatalog.processor.model.TypeNames;
import io.github.posthogcatalog.processor.model.TypeShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the expressions that turn property values into their wire form, and the private
 * {@code wireOf} methods they call: one overload per nested record and per enum (enums through a
 * switch, never reflection). Lists, sets and maps go through {@code PropertyValues.list} and
 * {@code PropertyValues.map}. One instance serves one generated class.
 *
 * <p>Generated locals use only names the generator owns ({@code value}, {@code result},
 * {@code e0}, {@code e1}, ...), so no property name can shadow them.
 */
final class WireCode {

    /** The name of the conversion methods written for enums and nested records. */
    static final String HELPER = "wireOf";

    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    static final ClassName STRING = ClassName.get("java.lang", "String");
    static final ClassName OBJECT = ClassName.get("java.lang", "Object");
    static final ClassName PROPERTY_VALUES = ClassName.get("io.github.posthogcatalog.runtime", "PropertyValues");

    private final SourceText source;
    private final String helperQualifier;
    private final Map<String, TypeShape> helpers = new LinkedHashMap<>();

    /**
     * @param emitter the simple name of the class the helpers go in. Calls name it when a setter of
     *     the builder is itself called {@code wireOf}, since that setter would hide the helpers
     */
    WireCode(SourceText source, String emitter, boolean setterHidesHelpers) {
        this.source = source;
        this.helperQualifier = setterHidesHelpers ? emitter + "." : "";
    }

    /** Returns the message of the exception for a required value that is null. */
    static String nullMessage(String wireName) {
        return SourceText.literal("property '" + wireName + "' is null: set it, or make it optional");
    }

    /** Returns whether the conversion of a shape leaves the value as it is. */
    static boolean isIdentity(TypeShape shape) {
        if (!(shape instanceof TypeShape.Scalar scalar)) {
            return false;
        }
        return switch (scalar.kind()) {
            case STRING, BOOLEAN, INT64 -> true;
            case INT32 -> isInt(scalar.typeName());
            default -> false;
        };
    }

    /** Returns code that converts a value of the shape to its wire form. */
    String convert(TypeShape shape, String value, String wireName, int depth) {
        if (shape instanceof TypeShape.Scalar scalar) {
            return scalar(scalar, value, wireName);
        }
        if (shape instanceof TypeShape.EnumShape || shape instanceof TypeShape.RecordShape) {
            helpers.putIfAbsent(TypeNames.canonical(shape.typeName()), shape);
            return helperQualifier + "wireOf(" + value + ")";
        }
        String element = "e" + depth;
        TypeShape elementShape = shape instanceof TypeShape.CollectionShape collection ? collection.element()
                : ((TypeShape.MapShape) shape).values();
        String method = shape instanceof TypeShape.CollectionShape ? ".list(" : ".map(";
        return source.type(PROPERTY_VALUES) + method + SourceText.literal(wireName) + ", " + value + ", " + element
                + " -> " + convert(elementShape, element, wireName, depth + 1) + ")";
    }

    /** Writes the {@code wireOf} methods that the converted expressions call, in a stable order. */
    void writeHelpers() {
        // A record's method may register helpers for its own components, so the loop rereads the map.
        for (int i = 0; i < helpers.size(); i++) {
            TypeShape shape = List.copyOf(helpers.values()).get(i);
            source.blank();
            if (shape instanceof TypeShape.EnumShape enumShape) {
                writeEnumMethod(enumShape);
            } else {
                writeRecordMethod((TypeShape.RecordShape) shape);
            }
        }
    }

    private String scalar(TypeShape.Scalar scalar, String value, String wireName) {
        TypeName type = scalar.typeName();
        String values = source.type(PROPERTY_VALUES);
        return switch (scalar.kind()) {
            case STRING, BOOLEAN, INT64 -> value;
            case INT32 -> isInt(type) ? value : type.isPrimitive() ? "(int) " + value : value + ".intValue()";
            case FLOAT, DOUBLE -> values + ".finite(" + SourceText.literal(wireName) + ", " + value + ")";
            case DECIMAL -> values + ".decimal(" + value + ")";
            case BIG_INTEGER -> values + ".integer(" + value + ")";
            case INSTANT, OFFSET_DATE_TIME, ZONED_DATE_TIME, LOCAL_DATE, DURATION -> values + ".iso(" + value + ")";
            case UUID -> values + ".uuid(" + value + ")";
        };
    }

    private static boolean isInt(TypeName type) {
        return type.equals(TypeName.INT) || type.equals(TypeName.INT.box());
    }

    private void writeEnumMethod(TypeShape.EnumShape shape) {
        source.line(1, "private static " + source.type(STRING) + " " + HELPER + "(" + source.type(shape.typeName()) + " value) {")
                .line(2, "return switch (value) {");
        for (EnumConstant constant : shape.constants()) {
            source.line(3, "case " + constant.javaName() + " -> " + SourceText.literal(constant.wireValue()) + ";");
        }
        source.line(2, "};").line(1, "}");
    }

    private void writeRecordMethod(TypeShape.RecordShape shape) {
        String wireMap = source.type(MAP) + "<" + source.type(STRING) + ", " + source.type(OBJECT) + ">";
        source.line(1, "private static " + wireMap + " " + HELPER + "(" + source.type(shape.typeName()) + " value) {")
                .line(2, wireMap + " result = new " + source.type(LINKED_HASH_MAP) + "<>();");
        List<String> lines = new ArrayList<>();
        for (PropertyModel component : shape.components()) {
            putComponent(component, "value." + component.javaName() + "()", lines);
        }
        lines.forEach(line -> source.line(2, line));
        source.line(2, "return result;").line(1, "}");
    }

    /** Adds the statements that put one record component into {@code result}, leaving absent values out. */
    private void putComponent(PropertyModel property, String access, List<String> lines) {
        String wire = property.wireName();
        String key = SourceText.literal(wire);
        switch (property.optionality()) {
            case REQUIRED -> {
                String checked = property.shape().typeName().isPrimitive() ? access
                        : source.type(OBJECTS) + ".requireNonNull(" + access + ", " + nullMessage(wire) + ")";
                lines.add("result.put(" + key + ", " + convert(property.shape(), checked, wire, 0) + ");");
            }
            case NULLABLE -> {
                lines.add("if (" + access + " != null) {");
                lines.add("    result.put(" + key + ", " + convert(property.shape(), access, wire, 0) + ");");
                lines.add("}");
            }
            case OPTIONAL, OPTIONAL_INT, OPTIONAL_LONG, OPTIONAL_DOUBLE -> {
                lines.add("if (" + source.type(OBJECTS) + ".requireNonNull(" + access + ", " + nullMessage(wire)
                        + ").isPresent()) {");
                lines.add("    result.put(" + key + ", "
                        + convert(property.shape(), access + "." + getter(property) + "()", wire, 0) + ");");
                lines.add("}");
            }
        }
    }

    private static String getter(PropertyModel property) {
        return switch (property.optionality()) {
            case OPTIONAL_INT -> "getAsInt";
            case OPTIONAL_LONG -> "getAsLong";
            case OPTIONAL_DOUBLE -> "getAsDouble";
            default -> "get";
        };
    }
}
