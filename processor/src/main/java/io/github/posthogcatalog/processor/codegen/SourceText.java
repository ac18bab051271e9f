package io.github.posthogcatalog.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.posthogcatalog.processor.model.TypeNames;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The text of one generated source file: the body is appended as it is generated, and the
 * imports are collected from the types it names on the way. The text is written directly, rather
 * than through a model that is rendered twice, because generation runs once per event of catalogs
 * that can hold thousands.
 *
 * <p>A type is written by its simple name when that name cannot mean anything else in the file:
 * not a type of the target package, not a type nested in the generated class, not a
 * {@code java.lang} type and not another imported type. Otherwise it is written fully qualified.
 */
final class SourceText {

    /** {@code java.lang} names that an import must never shadow, since generated code uses them unqualified. */
    private static final Set<String> JAVA_LANG = Set.of("String", "Object", "Override", "Integer", "Long", "Double",
            "Float", "Short", "Byte", "Boolean", "Character", "Number", "Enum", "Record", "Class", "Math",
            "IllegalArgumentException", "IllegalStateException", "NullPointerException", "Deprecated",
            "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "Iterable", "CharSequence", "Comparable");

    private final String packageName;
    private final Set<String> packageTypeNames;
    private final Set<String> ownNames;
    private final Map<String, String> importsBySimpleName = new HashMap<>();
    private final StringBuilder body = new StringBuilder(8192);
    private int baseIndent;

    /**
     * Starts a file.
     *
     * @param packageTypeNames simple names of the types declared in the target package
     * @param ownNames simple names of the generated class and the types nested in it
     */
    SourceText(String packageName, Set<String> packageTypeNames, Set<String> ownNames) {
        this.packageName = packageName;
        this.packageTypeNames = packageTypeNames;
        this.ownNames = ownNames;
    }

    /** Appends text to the body. */
    SourceText add(String text) {
        body.append(text);
        return this;
    }

    /** Adds levels of indentation to every line that follows, for a type nested in another. */
    SourceText indentBy(int levels) {
        baseIndent += levels;
        return this;
    }

    /** Appends a line, indented by the given number of levels of four spaces. */
    SourceText line(int indent, String text) {
        body.append("    ".repeat(baseIndent + indent)).append(text).append('\n');
        return this;
    }

    /** Appends an empty line. */
    SourceText blank() {
        body.append('\n');
        return this;
    }

    /**
     * Appends a Javadoc comment. It is one line when it fits and has no tags, else the text and each
     * tag get lines of their own.
     */
    SourceText javadoc(int indent, String text, String... tags) {
        String prefix = "    ".repeat(baseIndent + indent);
        if (tags.length == 0 && prefix.length() + text.length() + 7 <= 120) {
            return line(indent, "/** " + text + " */");
        }
        body.append(prefix).append("/**\n").append(prefix).append(" * ").append(text).append('\n');
        if (tags.length > 0) {
            body.append(prefix).append(" *\n");
            for (String tag : tags) {
                body.append(prefix).append(" * ").append(tag).append('\n');
            }
        }
        body.append(prefix).append(" */\n");
        return this;
    }

    /** Returns how the body refers to a type, importing it when its simple name is free. */
    String type(TypeName type) {
        return TypeNames.render(type, this::className);
    }

    /** Returns the whole file: package, imports, body. */
    String render() {
        StringBuilder file = new StringBuilder(body.length() + 1024);
        if (!packageName.isEmpty()) {
            file.append("package ").append(packageName).append(";\n\n");
        }
        Set<String> imports = new TreeSet<>(importsBySimpleName.values());
        imports.remove("");
        for (String qualified : imports) {
            file.append("import ").append(qualified).append(";\n");
        }
        if (!imports.isEmpty()) {
            file.append('\n');
        }
        return file.append(body).toString();
    }

    /** Returns a Java string literal of the text. */
    static String literal(String text) {
        if (isPlain(text)) {
            return '"' + text + '"';
        }
        StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        literal.append(String.format("\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    private String className(ClassName name) {
        ClassName top = name.topLevelClassName();
        String path = top == name ? name.simpleName() : String.join(".", name.simpleNames());
        String simple = top.simpleName();
        if (top.packageName().isEmpty()) {
            return path;
        }
        if (ownNames.contains(simple)) {
            return name.canonicalName();
        }
        if (top.packageName().equals(packageName)) {
            return path;
        }
        if (top.packageName().equals("java.lang") && !packageTypeNames.contains(simple)) {
            return path;
        }
        if (packageTypeNames.contains(simple) || JAVA_LANG.contains(simple)) {
            return name.canonicalName();
        }
        String imported = importsBySimpleName.putIfAbsent(simple, top.canonicalName());
        return imported == null || imported.equals(top.canonicalName()) ? path : name.canonicalName();
    }
}
