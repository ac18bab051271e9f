package io.github.posthogcatalog.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.posthogcatalog.catalog.PropertyDefinition;
import io.github.posthogcatalog.catalog.ValueType;
import java.util.Comparator;
import java.util.List;

/**
 * The Java shape of a property value, after its optional wrapper is removed. Code generation reads
 * it to choose the wire conversion; the catalog reads {@link #valueType()}.
 */
public sealed interface TypeShape {

    /** Returns the Java type, as generated code writes it. */
    TypeName typeName();

    /** Returns the catalog's description of the JSON value. */
    ValueType valueType();

    /** A value with one JSON form, such as a string, a number or an ISO date. */
    record Scalar(ScalarKind kind, TypeName typeName) implements TypeShape {

        @Override
        public ValueType valueType() {
            return new ValueType(kind.jsonType(), kind.format(), TypeNames.canonical(typeName), null, null, null, null);
        }
    }

    /** An enum, sent as the wire value of its constant. */
    record EnumShape(ClassName typeName, List<EnumConstant> constants) implements TypeShape {

        public EnumShape {
            constants = List.copyOf(constants);
        }

        @Override
        public ValueType valueType() {
            List<String> values = constants.stream().map(EnumConstant::wireValue).toList();
            return new ValueType("string", null, typeName.canonicalName(), values, null, null, null);
        }
    }

    /** A {@code List} or {@code Set}, sent as a JSON array. */
    record CollectionShape(ClassName collection, TypeShape element) implements TypeShape {

        @Override
        public TypeName typeName() {
            return ParameterizedTypeName.get(collection, element.typeName().box());
        }

        @Override
        public ValueType valueType() {
            return new ValueType("array", null, TypeNames.canonical(typeName()), null, element.valueType(), null, null);
        }
    }

    /** A {@code Map<String, T>}, sent as a JSON object with arbitrary keys. */
    record MapShape(TypeShape values) implements TypeShape {

        @Override
        public TypeName typeName() {
            return ParameterizedTypeName.get(ClassName.get("java.util", "Map"), ClassName.get(String.class), values
                    .typeName()
                    .box());
        }

        @Override
        public ValueType valueType() {
            return new ValueType("object", null, TypeNames.canonical(typeName()), null, null, values.valueType(), null);
        }
    }

    /** A nested record, sent as a JSON object with one key per component. */
    record RecordShape(ClassName typeName, List<PropertyModel> components) implements TypeShape {

        public RecordShape {
            components = List.copyOf(components);
        }

        @Override
        public ValueType valueType() {
            List<PropertyDefinition> properties = components.stream()
                    .map(PropertyModel::definition)
                    .sorted(Comparator.comparing(PropertyDefinition::name))
                    .toList();
            return new ValueType("object", null, typeName.canonicalName(), null, null, null, properties);
        }
    }
}
