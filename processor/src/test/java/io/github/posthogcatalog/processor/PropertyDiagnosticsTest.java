package io.github.posthogcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.ENUM_WIRE_VALUE_INVALID;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.GROUP_DUPLICATE;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.GROUP_NAME_BLANK;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.GROUP_TYPE;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.PROPERTY_NULLABLE_PRIMITIVE;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.PROPERTY_TYPE_RECURSIVE;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.PROPERTY_TYPE_UNSUPPORTED;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.TIMESTAMP_DUPLICATE;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.TIMESTAMP_GROUP_BOTH;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.TIMESTAMP_TYPE;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Errors on property types, optionality, timestamps and groups. */
class PropertyDiagnosticsTest {

    static Stream<DiagnosticCase> cases() {
        return Stream.of(
                DiagnosticCase.of(PROPERTY_NULLABLE_PRIMITIVE, "int count",
                        "package com.acme;",
                        "import org.jspecify.annotations.Nullable;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"sample\")",
                        "public record Sample(String id,",
                        "    @Nullable int count) {}"),
                DiagnosticCase.of(PROPERTY_TYPE_UNSUPPORTED, "Object payload",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"sample\")",
                        "public interface Sample {",
                        "  String id();",
                        "  Object payload();",
                        "}"),
                DiagnosticCase.of(PROPERTY_TYPE_UNSUPPORTED, "File note",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"sample\")",
                        "public record Sample(String id, Detail detail) {",
                        "  public record Detail(",
                        "      java.io.File note) {}",
                        "}"),
                DiagnosticCase.of(PROPERTY_TYPE_RECURSIVE, "List<Node> children",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"sample\")",
                        "public record Sample(Node root) {",
                        "  public record Node(String label,",
                        "      java.util.List<Node> children) {}",
                        "}"),
                DiagnosticCase.of(ENUM_WIRE_VALUE_INVALID, "@WireValue(\"pro\") TEAM",
                        "package com.acme;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "@Event(name = \"sample\")",
                        "public record Sample(Plan plan) {",
                        "  public enum Plan { @WireValue(\"pro\") PRO,",
                        "      @WireValue(\"pro\") TEAM }",
                        "}"),
                DiagnosticCase.of(ENUM_WIRE_VALUE_INVALID, "@WireValue(\" \")",
                        "package com.acme;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "@Event(name = \"sample\")",
                        "public record Sample(Plan plan) {",
                        "  public enum Plan { FREE,",
                        "      @WireValue(\" \") PRO }",
                        "}"),
                DiagnosticCase.of(TIMESTAMP_TYPE, "@Timestamp String at",
                        "package com.acme;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "@Event(name = \"sample\")",
                        "public record Sample(String id,",
                        "    @Timestamp String at) {}"),
                DiagnosticCase.of(TIMESTAMP_DUPLICATE, "@Timestamp java.time.Instant second",
                        "package com.acme;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "@Event(name = \"sample\")",
                        "public record Sample(@Timestamp java.time.Instant first,",
                        "    @Timestamp java.time.Instant second) {}"),
                DiagnosticCase.of(GROUP_TYPE, "@Group(\"company\") long company",
                        "package com.acme;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "@Event(name = \"sample\")",
                        "public record Sample(String id,",
                        "    @Group(\"company\") long company) {}"),
                DiagnosticCase.of(GROUP_NAME_BLANK, "@Group(\"\")",
                        "package com.acme;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "@Event(name = \"sample\")",
                        "public record Sample(String id,",
                        "    @Group(\"\") String company) {}"),
                DiagnosticCase.of(GROUP_DUPLICATE, "String parent",
                        "package com.acme;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "@Event(name = \"sample\")",
                        "public record Sample(@Group(\"company\") String company,",
                        "    @Group(\"company\") String parent) {}"),
                DiagnosticCase.of(TIMESTAMP_GROUP_BOTH, "String both",
                        "package com.acme;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "@Event(name = \"sample\")",
                        "public record Sample(String id,",
                        "    @Timestamp @Group(\"company\") String both) {}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsPropertyRule(DiagnosticCase diagnosticCase) {
        diagnosticCase.assertReported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Object", "char", "int[]", "java.util.List<java.util.Optional<String>>",
            "java.util.Map<Integer, String>", "java.util.List<? extends Number>", "java.util.Collection<String>",
            "java.time.LocalDateTime", "StringBuilder", "java.util.Optional<Object>"})
    void rejectsUnsupportedType(String type) {
        DiagnosticCase.of(PROPERTY_TYPE_UNSUPPORTED, "value",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"sample\")",
                        "public record Sample(String id,",
                        "    " + type + " value) {}")
                .assertReported();
    }

    @Test
    void unsupportedMessageNamesPropertyAndType() {
        Compilation compilation = cases().filter(c -> c.line().equals("Object payload")).findFirst().orElseThrow()
                .assertReported();

        assertThat(compilation).hadErrorContaining("property Sample.payload has type java.lang.Object");
    }

    @Test
    void nullablePrimitiveMessageNamesBox() {
        Compilation compilation = cases().filter(c -> c.diagnostic() == PROPERTY_NULLABLE_PRIMITIVE).findFirst()
                .orElseThrow().assertReported();

        assertThat(compilation).hadErrorContaining("use Integer or an Optional type");
    }

    @Test
    void nestedRecordErrorReportedOnce() {
        Compilation compilation = Compilations.compile(
                Compilations.source("com.acme.Detail", "package com.acme;", "public record Detail(Object note) {}"),
                Compilations.source("com.acme.First", "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"first\")",
                        "public record First(Detail detail) {}"),
                Compilations.source("com.acme.Second", "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"second\")",
                        "public record Second(Detail detail) {}"));

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[" + PROPERTY_TYPE_UNSUPPORTED.tag() + "]");
    }
}
