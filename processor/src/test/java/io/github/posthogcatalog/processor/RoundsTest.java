package io.github.posthogcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.CatalogJson;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Behaviour across processing rounds: deferred types, missing types, late Actions, timing. */
class RoundsTest {

    private static final JavaFileObject USES_GENERATED = Compilations.source("com.acme.Report",
            "package com.acme;",
            "@io.github.posthogcatalog.annotations.Event(name = \"report-filed\")",
            "public record Report(String id, Detail detail) {}");

    @Test
    void typeGeneratedLaterIsDeferredThenUsed() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new PostHogCatalogProcessor(), new LocalEventProcessor(), new GeneratingProcessor(1,
                        "com.acme.Detail", "package com.acme;\npublic record Detail(String note, int level) {}\n"))
                .withOptions(Compilations.STRICT)
                .compile(USES_GENERATED, GENERATE, TRIGGER);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.AcmeEmitters");
        assertThat(compilation).generatedSourceFile("com.acme.AcmeEvents");
        var detail = CatalogJson.read(Compilations.catalogJson(compilation), "test").events().get(0).properties().get(0);
        assertThat(detail.name()).isEqualTo("detail");
        assertThat(detail.type().properties()).hasSize(2);
    }

    @Test
    void eventAfterEntryClassReported() {
        String late = String.join("\n", "package com.acme;",
                "@io.github.posthogcatalog.annotations.Event(name = \"late-event\")",
                "public record Late(String id) {}", "");
        Compilation compilation = Compiler.javac()
                .withProcessors(new PostHogCatalogProcessor(), new GeneratingProcessor(2, "com.acme.Late", late))
                .compile(USES_GENERATED_FREE, GENERATE, TRIGGER);

        assertThat(compilation).hadErrorContaining("[event-after-entry-class] @Event com.acme.Late appeared");
        assertThat(compilation).hadErrorContaining("com.acme.AcmeEvents");
    }

    @Test
    void generatedNameTakenByUserType() {
        JavaFileObject taken = Compilations.source("com.acme.AcmeEmitters",
                "package com.acme;", "public class AcmeEmitters {}");

        Compilation compilation = Compilations.compile(USES_GENERATED_FREE, taken);

        assertThat(compilation).hadErrorContaining("[generation-failed] could not write com.acme.AcmeEmitters")
                .inFile(USES_GENERATED_FREE).onLineContaining("record Report");
    }

    @Test
    void unknownTypeLeftToJavac() {
        Compilation compilation = Compilations.compile(Compilations.source("com.acme.Report",
                "package com.acme;",
                "@io.github.posthogcatalog.annotations.Event(name = \"report-filed\")",
                "public record Report(String id, NoSuchType detail) {}"));

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(compilation.errors()).extracting(d -> d.getMessage(null)).noneMatch(m -> m.startsWith("["));
    }

    @Test
    void actionOnEventGeneratedLater() {
        JavaFileObject watch = Compilations.source("com.acme.Watch",
                "package com.acme;",
                "import io.github.posthogcatalog.annotations.*;",
                "@Action(name = \"Serious details\", steps = @Step(event = Detail.class,",
                "    properties = @Where(key = \"level\", operator = FilterOperator.GTE, value = \"3\")))",
                "@SlackAlert(channel = \"#ops\", message = \"{event.properties.note}\")",
                "public interface Watch {}");
        String detail = String.join("\n", "package com.acme;",
                "@io.github.posthogcatalog.annotations.Event(name = \"detail-filed\")",
                "public record Detail(String note, int level) {}", "");
        Compilation compilation = Compiler.javac()
                .withProcessors(new PostHogCatalogProcessor(), new LocalEventProcessor(),
                        new GeneratingProcessor(1, "com.acme.Detail", detail))
                .withOptions(Compilations.STRICT)
                .compile(watch, GENERATE, TRIGGER);

        assertThat(compilation).succeededWithoutWarnings();
        Catalog catalog = CatalogJson.read(Compilations.catalogJson(compilation), "test");
        assertThat(catalog.actions()).singleElement().satisfies(action -> {
            assertThat(action.steps().get(0).event()).isEqualTo("detail-filed");
            assertThat(action.steps().get(0).properties().get(0).key()).isEqualTo("level");
        });
        assertThat(catalog.destinations()).singleElement()
                .satisfies(destination -> assertThat(destination.filters().actions()).containsExactly("serious-details"));
    }

    @Test
    void actionTypeGeneratedLater() {
        String watch = String.join("\n", "package com.acme;",
                "import io.github.posthogcatalog.annotations.*;",
                "@Action(name = \"Reports\", steps = @Step(event = Report.class))",
                "@SlackAlert(channel = \"#ops\")",
                "public interface Watch {}", "");
        Compilation compilation = Compiler.javac()
                .withProcessors(new PostHogCatalogProcessor(), new LocalEventProcessor(),
                        new GeneratingProcessor(1, "com.acme.Watch", watch))
                .withOptions(Compilations.STRICT)
                .compile(USES_GENERATED_FREE, GENERATE, TRIGGER);

        assertThat(compilation).succeededWithoutWarnings();
        Catalog catalog = CatalogJson.read(Compilations.catalogJson(compilation), "test");
        assertThat(catalog.actions()).extracting(ActionDefinition::javaType).containsExactly("com.acme.Watch");
        assertThat(catalog.actions().get(0).steps().get(0).event()).isEqualTo("report-filed");
        assertThat(catalog.destinations()).extracting(DestinationDefinition::key).containsExactly("reports-to-ops");
    }

    @Test
    void unresolvedEventAddsNoActionError() {
        Compilation compilation = Compilations.compile(Compilations.source("com.acme.Report",
                "package com.acme;",
                "import io.github.posthogcatalog.annotations.*;",
                "@Event(name = \"report-filed\")",
                "@Action(name = \"Reports\")",
                "public record Report(String id, NoSuchType detail) {}",
                "@Action(name = \"Filed\", steps = @Step(eventName = \"report-filed\"))",
                "interface Watch {}"));

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(compilation.errors()).extracting(d -> d.getMessage(null)).noneMatch(m -> m.startsWith("["));
    }

    @Test
    void timingOptionPrintsOneNote() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new PostHogCatalogProcessor())
                .withOptions("-A" + PostHogCatalogProcessor.TIMING_OPTION + "=true")
                .compile(USES_GENERATED_FREE);

        assertThat(compilation).succeeded();
        var notes = compilation.notes().stream().map(d -> d.getMessage(null))
                .filter(m -> m.startsWith("[timing]")).toList();
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0)).matches(
                "\\[timing] posthog-catalog processor took \\d+ ms: validation \\d+ ms, generation \\d+ ms,"
                        + " actions and alerts \\d+ ms, catalog \\d+ ms");
    }

    @Test
    void noTimingNoteByDefault() {
        Compilation compilation = Compilations.compile(USES_GENERATED_FREE);

        assertThat(compilation.diagnostics()).noneMatch(d -> d.getKind() == Diagnostic.Kind.NOTE
                && d.getMessage(null).startsWith("[timing]"));
    }

    @Test
    void outputIsDeterministic() {
        Compilation first = Compilations.compile(USES_GENERATED_FREE);
        Compilation second = Compilations.compile(USES_GENERATED_FREE);

        assertThat(Compilations.generatedSource(second, "com.acme.AcmeEmitters"))
                .isEqualTo(Compilations.generatedSource(first, "com.acme.AcmeEmitters"));
        assertThat(Compilations.generatedSource(second, "com.acme.AcmeEvents"))
                .isEqualTo(Compilations.generatedSource(first, "com.acme.AcmeEvents"));
        assertThat(Compilations.catalogJson(second)).isEqualTo(Compilations.catalogJson(first));
    }

    private static final JavaFileObject GENERATE =
            Compilations.source("com.acme.Generate", "package com.acme;", "public @interface Generate {}");

    private static final JavaFileObject TRIGGER =
            Compilations.source("com.acme.Trigger", "package com.acme;", "@Generate class Trigger {}");

    private static final JavaFileObject USES_GENERATED_FREE = Compilations.source("com.acme.Report",
            "package com.acme;",
            "@io.github.posthogcatalog.annotations.Event(name = \"report-filed\")",
            "public record Report(String id, int level) {}");
}
