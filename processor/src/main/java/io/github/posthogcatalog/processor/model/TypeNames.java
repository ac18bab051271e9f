package io.github.posthogcatalog.processor.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.function.Function;

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
        return render(type, ClassName::canonicalName);
    }

    /**
     * Returns the source form of a type, with each class written as {@code className} gives it:
     * fully qualified, or by a simple name that the file imports.
     */
    public static String render(TypeName type, Function<ClassName, String> className) {
        if (type instanceof ClassName name) {
            return className.apply(name);
        }
        if (type instanceof ParameterizedTypeName parameterized) {
            StringBuilder text = new StringBuilder(className.apply(parameterized.rawType())).append('<');
            for (int i = 0; i < parameterized.typeArguments().size(); i++) {
                text.append(i == 0 ? "" : ", ").append(render(parameterized.typeArguments().get(i), className));
            }
            return text.append('>').toString();
        }
        if (type instanceof WildcardTypeName wildcard) {
            if (!wildcard.lowerBounds().isEmpty()) {
                return "? super " + render(wildcard.lowerBounds().get(0), className);
            }
            TypeName upper = wildcard.upperBounds().get(0);
            return upper.equals(ClassName.OBJECT) ? "?" : "? extends " + render(upper, className);
        }
        if (type instanceof ArrayTypeName array) {
            return render(array.componentType(), className) + "[]";
        }
        // Primitives and void, whose toString is their keyword.
        return type.toString();
    }
}
