package io.github.posthogcatalog.processor.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;

/**
 * Writes a type as Java source names it, fully qualified, such as
 * {@code java.util.List<java.lang.String>}: the form {@link TypeName#toString()} gives. That
 * method renders through JavaPoet's code writer, which costs more than the rest of reading a
 * property when a catalog has thousands of them.
 */
public final class TypeNames {

    private TypeNames() {}

    /** Returns the fully qualified source form of a type. */
    public static String canonical(TypeName type) {
        if (type instanceof ClassName className) {
            return className.canonicalName();
        }
        if (type instanceof ParameterizedTypeName parameterized) {
            StringBuilder text = new StringBuilder(parameterized.rawType().canonicalName()).append('<');
            for (int i = 0; i < parameterized.typeArguments().size(); i++) {
                text.append(i == 0 ? "" : ", ").append(canonical(parameterized.typeArguments().get(i)));
            }
            return text.append('>').toString();
        }
        if (type instanceof WildcardTypeName wildcard) {
            if (!wildcard.lowerBounds().isEmpty()) {
                return "? super " + canonical(wildcard.lowerBounds().get(0));
            }
            TypeName upper = wildcard.upperBounds().get(0);
            return upper.equals(ClassName.OBJECT) ? "?" : "? extends " + canonical(upper);
        }
        if (type instanceof ArrayTypeName array) {
            return canonical(array.componentType()) + "[]";
        }
        // Primitives and void, whose toString is their keyword.
        return type.toString();
    }
}
