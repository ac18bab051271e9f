package io.github.posthogcatalog.processor.validation;

import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The rules for the type that carries {@code @Event}, and how its members are found: record
 * components, or the abstract accessors of an interface and of the interfaces it extends.
 */
final class DeclarationRules {

    /** Methods of {@code Object} that an interface may redeclare; they are never properties. */
    private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode");

    private final Javadocs javadocs;

    DeclarationRules(Javadocs javadocs) {
        this.javadocs = javadocs;
    }

    /**
     * Returns the first rule the annotated type breaks: it must be a record or a non-sealed
     * interface without type parameters, declared top-level or as a static member of such a type.
     */
    Optional<Finding> checkKind(TypeElement type, AnnotationMirror event) {
        ElementKind kind = type.getKind();
        if (kind == ElementKind.CLASS && type.getNestingKind() == NestingKind.MEMBER
                && !type.getModifiers().contains(Modifier.STATIC)) {
            return Optional.of(Finding.on(type, event, Diagnostic.EVENT_NOT_STATIC, type.getQualifiedName()));
        }
        if (kind != ElementKind.RECORD && kind != ElementKind.INTERFACE) {
            String article = kind == ElementKind.ENUM || kind == ElementKind.ANNOTATION_TYPE ? "an" : "a";
            return Optional.of(Finding.on(type, event, Diagnostic.EVENT_KIND, article, kindName(kind)));
        }
        if (isLocal(type)) {
            return Optional.of(Finding.on(type, event, Diagnostic.EVENT_NOT_STATIC, type.getSimpleName()));
        }
        if (type.getModifiers().contains(Modifier.SEALED)) {
            String permitted = type.getPermittedSubclasses().stream()
                    .map(TypeMirror::toString)
                    .collect(Collectors.joining(", "));
            return Optional.of(Finding.on(type, event, Diagnostic.EVENT_SEALED, type.getQualifiedName(),
                    permitted.isEmpty() ? "each permitted record" : permitted));
        }
        if (!type.getTypeParameters().isEmpty()) {
            return Optional.of(Finding.on(type, event, Diagnostic.EVENT_GENERIC, type.getQualifiedName()));
        }
        return Optional.empty();
    }

    /** Returns the members that may be properties; broken interface methods are added to the scan. */
    List<Member> members(TypeElement type, Scan scan, PropertyReader reader) {
        if (type.getKind() == ElementKind.RECORD) {
            return reader.recordMembers(type);
        }
        Map<String, ExecutableElement> accessors = new LinkedHashMap<>();
        collectAccessors(type, accessors, scan, type);
        List<Member> members = new ArrayList<>();
        for (ExecutableElement method : accessors.values()) {
            members.add(new Member(method, method.getSimpleName().toString(), method.getReturnType(),
                    List.of(method, method.getReturnType()), javadocs.accessorDescription(method),
                    type.getSimpleName().toString()));
        }
        return members;
    }

    /** Returns the description of the event type from its Javadoc. */
    String typeDescription(TypeElement type) {
        return javadocs.description(type);
    }

    /**
     * Collects abstract methods, those of super-interfaces first, so that inherited properties come
     * before the type's own. An override keeps the position of the method it overrides.
     */
    private void collectAccessors(TypeElement type, Map<String, ExecutableElement> accessors, Scan scan, TypeElement event) {
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent.getKind() == TypeKind.DECLARED) {
                collectAccessors((TypeElement) ((DeclaredType) parent).asElement(), accessors, scan, event);
            }
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (!method.getModifiers().contains(Modifier.ABSTRACT) || isObjectMethod(method)) {
                continue;
            }
            boolean accessor = method.getParameters().isEmpty()
                    && method.getTypeParameters().isEmpty()
                    && method.getReturnType().getKind() != TypeKind.VOID;
            if (!accessor) {
                scan.findings.add(Finding.on(method, Diagnostic.EVENT_METHOD_NOT_ACCESSOR,
                        method.getSimpleName(), event.getQualifiedName()));
                continue;
            }
            String name = method.getSimpleName().toString();
            if (accessors.containsKey(name)) {
                accessors.replace(name, method);
            } else {
                accessors.put(name, method);
            }
        }
    }

    private static boolean isObjectMethod(ExecutableElement method) {
        return method.getParameters().isEmpty() && OBJECT_METHODS.contains(method.getSimpleName().toString());
    }

    private static boolean isLocal(Element type) {
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
                return true;
            }
        }
        return false;
    }

    private static String kindName(ElementKind kind) {
        return switch (kind) {
            case ENUM -> "enum";
            case ANNOTATION_TYPE -> "annotation type";
            default -> "class";
        };
    }
}
