package io.github.posthogcatalog.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Finding;
import io.github.posthogcatalog.processor.model.EnumConstant;
import io.github.posthogcatalog.processor.model.PropertyModel;
import io.github.posthogcatalog.processor.model.ScalarKind;
import io.github.posthogcatalog.processor.model.TypeShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps a property's Java type (without its optional wrapper) to a {@link TypeShape}, or records why
 * it cannot be sent. Nested records are expanded through the {@link PropertyReader}.
 */
final class TypeResolver {

    private static final Map<String, ScalarKind> SCALARS = Map.ofEntries(
            Map.entry("java.lang.String", ScalarKind.STRING),
            Map.entry("java.lang.Boolean", ScalarKind.BOOLEAN),
            Map.entry("java.lang.Byte", ScalarKind.INT32),
            Map.entry("java.lang.Short", ScalarKind.INT32),
            Map.entry("java.lang.Integer", ScalarKind.INT32),
            Map.entry("java.lang.Long", ScalarKind.INT64),
            Map.entry("java.lang.Float", ScalarKind.FLOAT),
            Map.entry("java.lang.Double", ScalarKind.DOUBLE),
            Map.entry("java.math.BigDecimal", ScalarKind.DECIMAL),
            Map.entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
            Map.entry("java.time.Instant", ScalarKind.INSTANT),
            Map.entry("java.time.OffsetDateTime", ScalarKind.OFFSET_DATE_TIME),
            Map.entry("java.time.ZonedDateTime", ScalarKind.ZONED_DATE_TIME),
            Map.entry("java.time.LocalDate", ScalarKind.LOCAL_DATE),
            Map.entry("java.time.Duration", ScalarKind.DURATION),
            Map.entry("java.util.UUID", ScalarKind.UUID));

    private final PropertyReader reader;
    /** Nested records and enums already checked in this compilation; empty when they had errors. */
    private final Map<String, Optional<TypeShape>> checked = new HashMap<>();

    TypeResolver(PropertyReader reader) {
        this.reader = reader;
    }

    /** Returns the scalar kind of a boxed or JDK type name, such as {@code java.time.Instant}. */
    static Optional<ScalarKind> scalar(String qualifiedName) {
        return Optional.ofNullable(SCALARS.get(qualifiedName));
    }

    /** Returns the scalar kind of a primitive type; {@code char} has none. */
    static Optional<ScalarKind> primitive(TypeKind kind) {
        return Optional.ofNullable(switch (kind) {
            case BOOLEAN -> ScalarKind.BOOLEAN;
            case BYTE, SHORT, INT -> ScalarKind.INT32;
            case LONG -> ScalarKind.INT64;
            case FLOAT -> ScalarKind.FLOAT;
            case DOUBLE -> ScalarKind.DOUBLE;
            default -> null;
        });
    }

    /** Returns the shape of a type, or null after adding a finding or marking a missing type. */
    TypeShape resolve(TypeMirror type, Member member, Scan scan) {
        if (type.getKind() == TypeKind.ERROR) {
            scan.missingType = type.toString();
            return null;
        }
        if (type.getKind().isPrimitive()) {
            Optional<ScalarKind> kind = primitive(type.getKind());
            return kind.isPresent() ? new TypeShape.Scalar(kind.get(), TypeName.get(type)) : unsupported(type, member, scan);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return unsupported(type, member, scan);
        }
        return resolveDeclared((DeclaredType) type, member, scan);
    }

    private TypeShape resolveDeclared(DeclaredType type, Member member, Scan scan) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        Optional<ScalarKind> scalar = scalar(name);
        if (scalar.isPresent()) {
            return new TypeShape.Scalar(scalar.get(), ClassName.get(element));
        }
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        if ((name.equals("java.util.List") || name.equals("java.util.Set")) && arguments.size() == 1) {
            TypeShape item = resolve(arguments.get(0), member, scan);
            return item == null ? null : new TypeShape.CollectionShape(ClassName.get(element), item);
        }
        if (name.equals("java.util.Map") && arguments.size() == 2 && isString(arguments.get(0))) {
            TypeShape values = resolve(arguments.get(1), member, scan);
            return values == null ? null : new TypeShape.MapShape(values);
        }
        if (element.getKind() == ElementKind.ENUM) {
            return cached(name, scan, () -> enumShape(element, scan));
        }
        if (element.getKind() == ElementKind.RECORD && element.getTypeParameters().isEmpty()) {
            return nestedRecord(element, member, scan);
        }
        return unsupported(type, member, scan);
    }

    private TypeShape nestedRecord(TypeElement record, Member member, Scan scan) {
        String name = record.getQualifiedName().toString();
        if (scan.recordsInProgress.contains(name)) {
            scan.findings.add(Finding.on(member.element(), Diagnostic.PROPERTY_TYPE_RECURSIVE, member.label(), name));
            return null;
        }
        Optional<TypeShape> known = checked.get(name);
        if (known != null) {
            scan.usesInvalidType |= known.isEmpty();
            return known.orElse(null);
        }
        scan.recordsInProgress.push(name);
        int findingsBefore = scan.findings.size();
        List<PropertyModel> components = reader.readRecordComponents(record, scan);
        scan.recordsInProgress.pop();
        if (scan.missingType != null) {
            return null;
        }
        boolean clean = scan.findings.size() == findingsBefore;
        TypeShape shape = clean ? new TypeShape.RecordShape(ClassName.get(record), components) : null;
        checked.put(name, Optional.ofNullable(shape));
        return shape;
    }

    private TypeShape cached(String name, Scan scan, Supplier<TypeShape> compute) {
        Optional<TypeShape> known = checked.get(name);
        if (known != null) {
            scan.usesInvalidType |= known.isEmpty();
            return known.orElse(null);
        }
        TypeShape shape = compute.get();
        checked.put(name, Optional.ofNullable(shape));
        return shape;
    }

    private TypeShape enumShape(TypeElement type, Scan scan) {
        List<EnumConstant> constants = new ArrayList<>();
        Map<String, String> constantByWireValue = new HashMap<>();
        boolean clean = true;
        for (Element constant : type.getEnclosedElements()) {
            if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
                continue;
            }
            String javaName = constant.getSimpleName().toString();
            Optional<AnnotationMirror> wire = Mirrors.find(constant, AnnotationNames.WIRE_VALUE);
            String wireValue = wire.map(m -> String.valueOf(Mirrors.explicitValue(m, "value").getValue()))
                    .orElse(javaName);
            String problem = wireValue.isBlank() ? "blank"
                    : constantByWireValue.containsKey(wireValue) ? "also used by " + constantByWireValue.get(wireValue)
                    : null;
            if (problem != null) {
                AnnotationMirror mirror = wire.orElse(null);
                scan.findings.add(Finding.on(constant, mirror, mirror == null ? null : Mirrors.explicitValue(mirror, "value"),
                        Diagnostic.ENUM_WIRE_VALUE_INVALID, wireValue, type.getSimpleName() + "." + javaName, problem));
                clean = false;
            }
            constantByWireValue.putIfAbsent(wireValue, javaName);
            constants.add(new EnumConstant(javaName, wireValue));
        }
        return clean ? new TypeShape.EnumShape(ClassName.get(type), constants) : null;
    }

    private static boolean isString(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.String");
    }

    private static TypeShape unsupported(TypeMirror type, Member member, Scan scan) {
        scan.findings.add(Finding.on(member.element(), Diagnostic.PROPERTY_TYPE_UNSUPPORTED, member.label(), type));
        return null;
    }
}
