package io.github.posthogcatalog.processor;

import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.EVENT_GENERIC;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.EVENT_KIND;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.EVENT_METHOD_NOT_ACCESSOR;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.EVENT_NOT_ACCESSIBLE;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.EVENT_NOT_STATIC;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.EVENT_SEALED;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Errors on the type that carries {@code @Event}. */
class DeclarationDiagnosticsTest {

    static Stream<DiagnosticCase> cases() {
        return Stream.of(
                DiagnosticCase.of(EVENT_KIND, "@io.github",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"sample\")",
                        "public enum Sample { A }"),
                DiagnosticCase.of(EVENT_KIND, "@io.github",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"sample\")",
                        "public class Sample { public String id() { return \"\"; } }"),
                DiagnosticCase.of(EVENT_NOT_STATIC, "name = \"inner\"",
                        "package com.acme;",
                        "public class Sample {",
                        "  @io.github.posthogcatalog.annotations.Event(name = \"inner\")",
                        "  public class Inner {}",
                        "}"),
                DiagnosticCase.of(EVENT_NOT_STATIC, "name = \"local\"",
                        "package com.acme;",
                        "public class Sample {",
                        "  void run() {",
                        "    @io.github.posthogcatalog.annotations.Event(name = \"local\")",
                        "    record Local(String id) {}",
                        "  }",
                        "}"),
                DiagnosticCase.of(EVENT_SEALED, "@io.github",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"sample\")",
                        "public sealed interface Sample permits Sample.A, Sample.B {",
                        "  record A(String id) implements Sample {}",
                        "  record B(int count) implements Sample {}",
                        "}"),
                DiagnosticCase.of(EVENT_GENERIC, "@io.github",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"sample\")",
                        "public record Sample<T>(String id) {}"),
                DiagnosticCase.of(EVENT_METHOD_NOT_ACCESSOR, "String lookup",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"sample\")",
                        "public interface Sample {",
                        "  String id();",
                        "  String lookup(int key);",
                        "}"),
                DiagnosticCase.of(EVENT_METHOD_NOT_ACCESSOR, "void touch",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"sample\")",
                        "public interface Sample {",
                        "  void touch();",
                        "}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsRuleOnDeclaration(DiagnosticCase diagnosticCase) {
        diagnosticCase.assertReported();
    }

    @Test
    void sealedInterfaceMessageNamesPermittedRecords() {
        Compilation compilation = cases().filter(c -> c.diagnostic() == EVENT_SEALED).findFirst().orElseThrow()
                .assertReported();

        CompilationSubject.assertThat(compilation).hadErrorContaining("com.acme.Sample.A, com.acme.Sample.B");
    }

    @Test
    void sealedInterfaceRecordsWithOwnEventCompile() {
        Compilation compilation = Compilations.compileStrict(Compilations.source("com.acme.Shape",
                "package com.acme;",
                "import io.github.posthogcatalog.annotations.Event;",
                "public sealed interface Shape permits Shape.Circle, Shape.Square {",
                "  @Event(name = \"circle-drawn\") record Circle(double radius) implements Shape {}",
                "  @Event(name = \"square-drawn\") record Square(double side) implements Shape {}",
                "}"));

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        CompilationSubject.assertThat(compilation).generatedSourceFile("com.acme.AcmeEmitters")
                .contentsAsUtf8String().contains("class CircleDrawnEmitter");
        CompilationSubject.assertThat(compilation).generatedSourceFile("com.acme.AcmeEmitters")
                .contentsAsUtf8String().contains("class SquareDrawnEmitter");
    }

    @Test
    void packagePrivateEventOutsideCatalogPackage() {
        DiagnosticCase.of(EVENT_NOT_ACCESSIBLE, "record Sample",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"sample\")",
                        "record Sample(String id) {}")
                .assertReported(Compilations.source("com.acme.ops.package-info",
                        "@io.github.posthogcatalog.annotations.Catalog(name = \"ops\")",
                        "package com.acme.ops;"));
    }
}
