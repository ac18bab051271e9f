package io.github.posthogcatalog.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.posthogcatalog.processor.model.EnumConstant;
import io.github.posthogcatalog.processor.model.PropertyModel;
import io.github.posthogcatalog.processor.model.TypeShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the expressions that turn property values into their wire form, and the private helper
 * methods they call. One instance serves one generated class and collects the helpers it needs:
 * a {@code wireOf} overload per nested record and per enum (enums through a switch, never
 * reflection) and generic {@code wireList}/{@code wireMap} loops.
 *
 * <p>Generated locals use only names the generator owns ({@code value}, {@code result},
 * {@code e0}, {@code e1}, ...), so no property name can shadow them.
 */
final class WireCode {

    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName COLLECTION = ClassName.get("java.util", "Collection");
    static final ClassName FUNCTION = ClassName.get("java.util.function", "Function");
    static final ClassName STRING = ClassName.get("java.lang", "String");
    static final ClassName OBJECT = ClassName.get("java.lang", "Object");
    static final ClassName PROPERTY_VALUES = ClassName.get("io.github.posthogcatalog.runtime", "PropertyValues");
    static final TypeName WIRE_MAP = ParameterizedTypeName.get(MAP, STRING, OBJECT);

    private final Map<String, TypeShape> helpers = new LinkedHashMap<>();
    private boolean needsList;
    private boolean needsMap;

    /**
     * Returns code that puts one property into a map, leaving absent optional values out.
     *
     * @param access code that reads the property's declared value, evaluated more than once
     */
    CodeBlock put(PropertyModel property, CodeBlock access, String map) {
        String wire = property.wireName();
        return switch (property.optionality()) {
            case REQUIRED -> property.shape().typeName().isPrimitive()
                    ? CodeBlock.of("$L.put($S, $L);\n", map, wire, convert(property.shape(), access, wire, 0))
                    : CodeBlock.of("$L.put($S, $L);\n", map, wire,
                            convert(property.shape(), requireNonNull(access, wire), wire, 0));
            case NULLABLE -> CodeBlock.builder()
                    .beginControlFlow("if ($L != null)", access)
                    .addStatement("$L.put($S, $L)", map, wire, convert(property.shape(), access, wire, 0))
                    .endControlFlow()
                    .build();
            case OPTIONAL, OPTIONAL_INT, OPTIONAL_LONG, OPTIONAL_DOUBLE -> CodeBlock.builder()
                    .beginControlFlow("if ($L.isPresent())", requireNonNull(access, wire))
                    .addStatement("$L.put($S, $L)", map, wire,
                            convert(property.shape(), CodeBlock.of("$L.$L()", access, getter(property)), wire, 0))
                    .endControlFlow()
                    .build();
        };
    }

    /** Returns code that checks a required value and returns it. */
    static CodeBlock requireNonNull(CodeBlock value, String wireName) {
        return CodeBlock.of("$T.requireNonNull($L, $S)", OBJECTS, value,
                "property '" + wireName + "' is null: set it, or make it optional");
    }

    /** Returns code that converts a value of the shape to its wire form. */
    CodeBlock convert(TypeShape shape, CodeBlock value, String wireName, int depth) {
        if (shape instanceof TypeShape.Scalar scalar) {
            return scalar(scalar, value, wireName);
        }
        if (shape instanceof TypeShape.EnumShape || shape instanceof TypeShape.RecordShape) {
            helpers.putIfAbsent(shape.typeName().toString(), shape);
            return CodeBlock.of("wireOf($L)", value);
        }
        String element = "e" + depth;
        if (shape instanceof TypeShape.CollectionShape collection) {
            needsList = true;
            return CodeBlock.of("wireList($S, $L, $L -> $L)", wireName, value, element,
                    convert(collection.element(), CodeBlock.of("$L", element), wireName, depth + 1));
        }
        TypeShape.MapShape map = (TypeShape.MapShape) shape;
        needsMap = true;
        return CodeBlock.of("wireMap($S, $L, $L -> $L)", wireName, value, element,
                convert(map.values(), CodeBlock.of("$L", element), wireName, depth + 1));
    }

    /** Returns the helper methods that the converted expressions call, in a stable order. */
    List<MethodSpec> helperMethods() {
        List<MethodSpec> methods = new ArrayList<>();
        // A record's method may register helpers for its own components, so the loop rereads the map.
        for (int i = 0; i < helpers.size(); i++) {
            TypeShape shape = List.copyOf(helpers.values()).get(i);
            methods.add(shape instanceof TypeShape.EnumShape e ? enumMethod(e) : recordMethod((TypeShape.RecordShape) shape));
        }
        if (needsList) {
            methods.add(listMethod());
        }
        if (needsMap) {
            methods.add(mapMethod());
        }
        return methods;
    }

    private static CodeBlock scalar(TypeShape.Scalar scalar, CodeBlock value, String wireName) {
        TypeName type = scalar.typeName();
        return switch (scalar.kind()) {
            case STRING, BOOLEAN, INT64 -> value;
            case INT32 -> type.equals(TypeName.INT) || type.equals(TypeName.INT.box()) ? value
                    : type.isPrimitive() ? CodeBlock.of("(int) $L", value) : CodeBlock.of("$L.intValue()", value);
            case FLOAT, DOUBLE -> CodeBlock.of("$T.finite($S, $L)", PROPERTY_VALUES, wireName, value);
            case DECIMAL -> CodeBlock.of("$T.decimal($L)", PROPERTY_VALUES, value);
            case BIG_INTEGER -> CodeBlock.of("$T.integer($L)", PROPERTY_VALUES, value);
            case INSTANT, OFFSET_DATE_TIME, ZONED_DATE_TIME, LOCAL_DATE, DURATION ->
                    CodeBlock.of("$T.iso($L)", PROPERTY_VALUES, value);
            case UUID -> CodeBlock.of("$T.uuid($L)", PROPERTY_VALUES, value);
        };
    }

    private static String getter(PropertyModel property) {
        return switch (property.optionality()) {
            case OPTIONAL_INT -> "getAsInt";
            case OPTIONAL_LONG -> "getAsLong";
            case OPTIONAL_DOUBLE -> "getAsDouble";
            default -> "get";
        };
    }

    private static MethodSpec enumMethod(TypeShape.EnumShape shape) {
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (value) {\n").indent();
        for (EnumConstant constant : shape.constants()) {
            cases.add("case $L -> $S;\n", constant.javaName(), constant.wireValue());
        }
        cases.unindent().add("};\n");
        return MethodSpec.methodBuilder("wireOf")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(STRING)
                .addParameter(shape.typeName(), "value")
                .addCode(cases.build())
                .build();
    }

    private MethodSpec recordMethod(TypeShape.RecordShape shape) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("wireOf")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(WIRE_MAP)
                .addParameter(shape.typeName(), "value")
                .addStatement("$T result = new $T<>()", WIRE_MAP, LINKED_HASH_MAP);
        for (PropertyModel component : shape.components()) {
            method.addCode(put(component, CodeBlock.of("value.$L()", component.javaName()), "result"));
        }
        return method.addStatement("return result").build();
    }

    private static MethodSpec listMethod() {
        TypeVariableName t = TypeVariableName.get("T");
        return MethodSpec.methodBuilder("wireList")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(t)
                .returns(ParameterizedTypeName.get(LIST, OBJECT))
                .addParameter(STRING, "property")
                .addParameter(ParameterizedTypeName.get(COLLECTION, t), "values")
                .addParameter(converter(t), "convert")
                .addStatement("$T<$T> result = new $T<>(values.size())", LIST, OBJECT, ARRAY_LIST)
                .beginControlFlow("for ($T value : values)", t)
                .addStatement("result.add(convert.apply($T.requireNonNull(value, () -> $S + property + $S)))",
                        OBJECTS, "property '", "' contains null: leave null elements out")
                .endControlFlow()
                .addStatement("return result")
                .build();
    }

    private static MethodSpec mapMethod() {
        TypeVariableName t = TypeVariableName.get("T");
        return MethodSpec.methodBuilder("wireMap")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(t)
                .returns(WIRE_MAP)
                .addParameter(STRING, "property")
                .addParameter(ParameterizedTypeName.get(MAP, STRING, t), "values")
                .addParameter(converter(t), "convert")
                .addStatement("$T result = new $T<>()", WIRE_MAP, LINKED_HASH_MAP)
                .beginControlFlow("for ($T entry : values.entrySet())",
                        ParameterizedTypeName.get(MAP.nestedClass("Entry"), STRING, t))
                .addStatement("$T value = $T.requireNonNull(entry.getValue(), () -> $S + property + $S + entry.getKey())",
                        t, OBJECTS, "property '", "' contains null at key ")
                .addStatement("result.put(entry.getKey(), convert.apply(value))")
                .endControlFlow()
                .addStatement("return result")
                .build();
    }

    private static TypeName converter(TypeVariableName t) {
        return ParameterizedTypeName.get(FUNCTION, WildcardTypeName.supertypeOf(t), WildcardTypeName.subtypeOf(Object.class));
    }
}
