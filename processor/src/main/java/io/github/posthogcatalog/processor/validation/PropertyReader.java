package io.github.posthogcatalog.processor.validation;

import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Finding;
import io.github.posthogcatalog.processor.model.NameStyle;
import io.github.posthogcatalog.processor.model.Optionality;
import io.github.posthogcatalog.processor.model.PropertyModel;
import io.github.posthogcatalog.processor.model.ScalarKind;
import io.github.posthogcatalog.processor.model.TypeShape;
import io.github.posthogcatalog.processor.model.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads one member into a {@link PropertyModel}: its wire name, description, optionality and type.
 * It also reads the components of nested records, which follow the same rules.
 */
public final class PropertyReader {

    private final Mirrors mirrors;
    private final Javadocs javadocs;
    private final TypeResolver types;
    private NameStyle naming = NameStyle.SNAKE_CASE;

    public PropertyReader(Mirrors mirrors, Javadocs javadocs) {
        this.mirrors = mirrors;
        this.javadocs = javadocs;
        this.types = new TypeResolver(this);
    }

    /** Sets the catalog's property naming convention, once {@code @Catalog} has been read. */
    public void naming(NameStyle style) {
        this.naming = style;
    }

    /** Returns the members of a record: its components, with the accessors javac derives. */
    List<Member> recordMembers(TypeElement record) {
        List<Member> members = new ArrayList<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            String name = component.getSimpleName().toString();
            ExecutableElement accessor = component.getAccessor();
            List<AnnotatedConstruct> annotated = new ArrayList<>(List.of(component, component.asType()));
            if (accessor != null) {
                annotated.add(accessor);
                annotated.add(accessor.getReturnType());
            }
            members.add(new Member(component, name, component.asType(), annotated,
                    javadocs.paramDescription(record, name), record.getSimpleName().toString()));
        }
        return members;
    }

    /** Reads the components of a nested record; errors go into the scan. */
    List<PropertyModel> readRecordComponents(TypeElement record, Scan scan) {
        List<PropertyModel> properties = new ArrayList<>();
        for (Member member : recordMembers(record)) {
            read(member, scan).ifPresent(properties::add);
        }
        checkDuplicates(properties, recordMembers(record), scan);
        return properties;
    }

    /** Reads one member as a property, or returns empty after adding its errors to the scan. */
    Optional<PropertyModel> read(Member member, Scan scan) {
        Optional<AnnotationMirror> property = Mirrors.find(member.element(), AnnotationNames.PROPERTY);
        String wireName = wireName(member, property, scan);
        String description = property.map(p -> mirrors.string(p, "description")).filter(d -> !d.isBlank())
                .orElse(member.javadoc());
        if (description.isEmpty()) {
            description = typeDescription(member.type());
        }

        boolean nullable = member.annotated().stream()
                .anyMatch(c -> Mirrors.hasSimpleName(c, AnnotationNames.NULLABLE_SIMPLE_NAME));
        TypeMirror type = member.type();
        Optionality optionality = optionality(type, nullable);
        if (nullable && type.getKind().isPrimitive()) {
            scan.findings.add(Finding.on(member.element(), Diagnostic.PROPERTY_NULLABLE_PRIMITIVE,
                    member.label(), type.getKind().toString().toLowerCase(java.util.Locale.ROOT),
                    boxedName(type.getKind())));
            return Optional.empty();
        }

        TypeShape shape = switch (optionality) {
            case OPTIONAL -> types.resolve(((DeclaredType) type).getTypeArguments().get(0), member, scan);
            case OPTIONAL_INT -> new TypeShape.Scalar(ScalarKind.INT32, com.palantir.javapoet.TypeName.INT);
            case OPTIONAL_LONG -> new TypeShape.Scalar(ScalarKind.INT64, com.palantir.javapoet.TypeName.LONG);
            case OPTIONAL_DOUBLE -> new TypeShape.Scalar(ScalarKind.DOUBLE, com.palantir.javapoet.TypeName.DOUBLE);
            case REQUIRED, NULLABLE -> types.resolve(type, member, scan);
        };
        if (shape == null || wireName == null) {
            return Optional.empty();
        }
        return Optional.of(new PropertyModel(member.javaName(), wireName, description, optionality, shape));
    }

    /**
     * Reports the second of two properties whose wire names are equal once case, spaces, hyphens and
     * underscores are ignored. The members list is parallel to the properties that were read.
     */
    void checkDuplicates(List<PropertyModel> properties, List<Member> members, Scan scan) {
        Map<String, PropertyModel> seen = new HashMap<>();
        for (PropertyModel property : properties) {
            PropertyModel earlier = seen.putIfAbsent(Words.normalise(property.wireName()), property);
            if (earlier == null) {
                continue;
            }
            Member member = members.stream().filter(m -> m.javaName().equals(property.javaName())).findFirst().orElseThrow();
            Optional<AnnotationMirror> annotation = Mirrors.find(member.element(), AnnotationNames.PROPERTY);
            AnnotationValue value = annotation.map(a -> Mirrors.explicitValue(a, "name")).orElse(null);
            scan.findings.add(Finding.on(member.element(), value == null ? null : annotation.get(), value,
                    Diagnostic.PROPERTY_NAME_DUPLICATE, property.wireName(), member.label(), earlier.wireName(),
                    member.owner() + "." + earlier.javaName()));
        }
    }

    private String wireName(Member member, Optional<AnnotationMirror> property, Scan scan) {
        AnnotationValue explicit = property.map(p -> Mirrors.explicitValue(p, "name")).orElse(null);
        String name = explicit == null ? naming.apply(member.javaName()) : String.valueOf(explicit.getValue());
        Optional<Finding> problem = NameRules.checkProperty(
                name, naming, member.element(), explicit == null ? null : property.get(), explicit);
        problem.ifPresent(scan.findings::add);
        return problem.isPresent() ? null : name;
    }

    /**
     * Returns the Javadoc of a property's own record or enum type, unwrapping {@code Optional},
     * for properties that have no description of their own.
     */
    private String typeDescription(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return "";
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getQualifiedName().contentEquals("java.util.Optional") && declared.getTypeArguments().size() == 1) {
            return typeDescription(declared.getTypeArguments().get(0));
        }
        boolean own = element.getKind() == ElementKind.RECORD || element.getKind() == ElementKind.ENUM;
        return own ? javadocs.description(element) : "";
    }

    private static Optionality optionality(TypeMirror type, boolean nullable) {
        if (type.getKind() == TypeKind.DECLARED) {
            String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
            switch (name) {
                case "java.util.Optional":
                    if (((DeclaredType) type).getTypeArguments().size() == 1) {
                        return Optionality.OPTIONAL;
                    }
                    break;
                case "java.util.OptionalInt":
                    return Optionality.OPTIONAL_INT;
                case "java.util.OptionalLong":
                    return Optionality.OPTIONAL_LONG;
                case "java.util.OptionalDouble":
                    return Optionality.OPTIONAL_DOUBLE;
                default:
                    break;
            }
        }
        return nullable ? Optionality.NULLABLE : Optionality.REQUIRED;
    }

    private static String boxedName(TypeKind kind) {
        return switch (kind) {
            case INT -> "Integer";
            case CHAR -> "Character";
            default -> {
                String lower = kind.toString().toLowerCase(java.util.Locale.ROOT);
                yield Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
            }
        };
    }
}
