package io.github.posthogcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.CATALOG_DUPLICATE;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.CATALOG_NAME_INVALID;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.EVENT_IDENTIFIER_CLASH;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.EVENT_NAME_BLANK;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.EVENT_NAME_CONVENTION;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.EVENT_NAME_DUPLICATE;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.EVENT_NAME_RESERVED;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.EVENT_NAME_TOO_LONG;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.PROPERTY_NAME_BLANK;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.PROPERTY_NAME_CONVENTION;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.PROPERTY_NAME_DUPLICATE;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.PROPERTY_NAME_RESERVED;
import static io.github.posthogcatalog.processor.diagnostics.Diagnostic.PROPERTY_NAME_TOO_LONG;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Errors on event, property and catalog names, placed on the annotation value at fault. */
class NameDiagnosticsTest {

    private static final String LONG_NAME = "a".repeat(201);

    static Stream<DiagnosticCase> cases() {
        return Stream.of(
                DiagnosticCase.of(EVENT_NAME_BLANK, "name = \"  \"",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(",
                        "    name = \"  \")",
                        "public record Sample(String id) {}"),
                DiagnosticCase.of(EVENT_NAME_TOO_LONG, "name = \"aaa",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(",
                        "    name = \"" + LONG_NAME + "\")",
                        "public record Sample(String id) {}"),
                DiagnosticCase.of(EVENT_NAME_RESERVED, "name = \"$pageview\"",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(",
                        "    name = \"$pageview\")",
                        "public record Sample(String id) {}"),
                DiagnosticCase.of(EVENT_NAME_CONVENTION, "name = \"userSignedUp\"",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(",
                        "    name = \"userSignedUp\")",
                        "public record Sample(String id) {}"),
                DiagnosticCase.of(PROPERTY_NAME_BLANK, "name = \"\"",
                        "package com.acme;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "@Event(name = \"sample\")",
                        "public record Sample(",
                        "    @Property(name = \"\") String id) {}"),
                DiagnosticCase.of(PROPERTY_NAME_TOO_LONG, "name = \"aaa",
                        "package com.acme;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "@Event(name = \"sample\")",
                        "public record Sample(",
                        "    @Property(name = \"" + LONG_NAME + "\") String id) {}"),
                DiagnosticCase.of(PROPERTY_NAME_RESERVED, "name = \"$set\"",
                        "package com.acme;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "@Event(name = \"sample\")",
                        "public record Sample(",
                        "    @Property(name = \"$set\") String id) {}"),
                DiagnosticCase.of(PROPERTY_NAME_CONVENTION, "name = \"userId\"",
                        "package com.acme;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "@Event(name = \"sample\")",
                        "public record Sample(",
                        "    @Property(name = \"userId\") String id) {}"),
                DiagnosticCase.of(PROPERTY_NAME_DUPLICATE, "name = \"item_count\"",
                        "package com.acme;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "@Event(name = \"sample\")",
                        "public interface Sample {",
                        "  int itemCount();",
                        "  @Property(name = \"item_count\") int count();",
                        "}"),
                DiagnosticCase.of(PROPERTY_NAME_DUPLICATE, "String itemCount",
                        "package com.acme;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "@Event(name = \"sample\")",
                        "public record Sample(",
                        "    @Property(name = \"item count\") int count,",
                        "    String itemCount) {}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsNameRule(DiagnosticCase diagnosticCase) {
        diagnosticCase.assertReported(anyNamingCatalogWhenNeeded(diagnosticCase));
    }

    @Test
    void conventionMessageSuggestsName() {
        Compilation compilation = cases().filter(c -> c.diagnostic() == EVENT_NAME_CONVENTION).findFirst()
                .orElseThrow().assertReported();

        assertThat(compilation).hadErrorContaining("not kebab-case");
        assertThat(compilation).hadErrorContaining("\"user-signed-up\"");
    }

    @Test
    void duplicateEventNameNamesBothTypes() {
        JavaFileObject first = Compilations.source("com.acme.First",
                "package com.acme;",
                "@io.github.posthogcatalog.annotations.Event(name = \"signed-up\")",
                "public record First(String id) {}");
        JavaFileObject second = Compilations.source("com.acme.Second",
                "package com.acme;",
                "@io.github.posthogcatalog.annotations.Event(",
                "    name = \"signed-up\")",
                "public record Second(String id) {}");

        Compilation compilation = Compilations.compile(first, second);

        assertThat(compilation).hadErrorContaining("[" + EVENT_NAME_DUPLICATE.tag() + "]")
                .inFile(second).onLineContaining("name = \"signed-up\"");
        assertThat(compilation).hadErrorContaining("com.acme.First and com.acme.Second");
    }

    @Test
    void namesDifferingInPunctuationAndCaseClash() {
        JavaFileObject catalog = anyNamingCatalog();
        JavaFileObject kebab = Compilations.source("com.acme.Kebab",
                "package com.acme;",
                "@io.github.posthogcatalog.annotations.Event(name = \"espi-message\")",
                "public record Kebab(String id) {}");
        JavaFileObject snake = Compilations.source("com.acme.Snake",
                "package com.acme;",
                "@io.github.posthogcatalog.annotations.Event(",
                "    name = \"espi_message\")",
                "public record Snake(String id) {}");
        JavaFileObject title = Compilations.source("com.acme.Title",
                "package com.acme;",
                "@io.github.posthogcatalog.annotations.Event(",
                "    name = \"Espi-Message\")",
                "public record Title(String id) {}");

        Compilation compilation = Compilations.compile(catalog, kebab, snake, title);

        assertThat(compilation).hadErrorContaining("[" + EVENT_IDENTIFIER_CLASH.tag() + "]")
                .inFile(snake).onLineContaining("name = \"espi_message\"");
        assertThat(compilation).hadErrorContaining("[" + EVENT_IDENTIFIER_CLASH.tag() + "]")
                .inFile(title).onLineContaining("name = \"Espi-Message\"");
        assertThat(compilation).hadErrorContaining("\"espi-message\" of com.acme.Kebab and \"espi_message\" of com.acme.Snake");
    }

    @Test
    void secondCatalogInModule() {
        JavaFileObject first = Compilations.source("com.acme.a.package-info",
                "@io.github.posthogcatalog.annotations.Catalog(name = \"first\")",
                "package com.acme.a;");
        JavaFileObject second = Compilations.source("com.acme.b.package-info",
                "@io.github.posthogcatalog.annotations.Catalog(name = \"second\")",
                "package com.acme.b;");

        Compilation compilation = Compilations.compile(second, first);

        assertThat(compilation).hadErrorContaining("[" + CATALOG_DUPLICATE.tag() + "]")
                .inFile(second).onLineContaining("@io.github");
        assertThat(compilation).hadErrorContaining("package com.acme.a and package com.acme.b");
    }

    @Test
    void invalidCatalogNames() {
        for (String name : new String[] {"platform ops", "1ops", "", "ops!"}) {
            JavaFileObject catalog = Compilations.source("com.acme.package-info",
                    "@io.github.posthogcatalog.annotations.Catalog(",
                    "    name = \"" + name + "\")",
                    "package com.acme;");

            Compilation compilation = Compilations.compile(catalog);

            assertThat(compilation).hadErrorContaining("[" + CATALOG_NAME_INVALID.tag() + "]")
                    .inFile(catalog).onLineContaining("name = \"" + name + "\"");
        }
    }

    private static JavaFileObject[] anyNamingCatalogWhenNeeded(DiagnosticCase diagnosticCase) {
        // "item count" breaks snake_case before it can clash, so that case runs under ANY.
        boolean needsAny = diagnosticCase.lines().stream().anyMatch(line -> line.contains("item count"));
        return needsAny ? new JavaFileObject[] {anyNamingCatalog()} : new JavaFileObject[0];
    }

    private static JavaFileObject anyNamingCatalog() {
        return Compilations.source("com.acme.package-info",
                "@io.github.posthogcatalog.annotations.Catalog(name = \"acme\",",
                "    eventNaming = io.github.posthogcatalog.annotations.NamingConvention.ANY,",
                "    propertyNaming = io.github.posthogcatalog.annotations.NamingConvention.ANY)",
                "package com.acme;");
    }
}
