package io.github.posthogcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.posthogcatalog.runtime.CapturedEvent;
import io.github.posthogcatalog.runtime.EventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Generated code compiles under {@code -Xlint:all -Werror} in hostile surroundings: a package that
 * declares {@code String}, {@code Optional}, {@code List}, {@code Map} and {@code Objects}, property
 * names equal to generated names, keyword wire names, and callers in other packages.
 */
class GeneratedCodeHygieneTest {

    @Test
    void compilesAndRunsDespiteClashingNames() throws Throwable {
        Compilation compilation = Compilations.compileStrict(
                Compilations.source("com.acme.clash.package-info",
                        "@io.github.posthogcatalog.annotations.Catalog(name = \"clash\")",
                        "package com.acme.clash;"),
                Compilations.source("com.acme.clash.String", "package com.acme.clash;", "public class String {}"),
                Compilations.source("com.acme.clash.Optional", "package com.acme.clash;", "public class Optional {}"),
                Compilations.source("com.acme.clash.List", "package com.acme.clash;", "public class List {}"),
                Compilations.source("com.acme.clash.Objects", "package com.acme.clash;", "public class Objects {}"),
                Compilations.source("com.acme.clash.Map", "package com.acme.clash;",
                        "public record Map(java.lang.String city) {}"),
                Compilations.source("com.acme.clash.ClashEvent",
                        "package com.acme.clash;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "@Event(name = \"clash-event\")",
                        "public record ClashEvent(java.lang.String sink, java.lang.String event,",
                        "    java.lang.String distinctId, java.lang.String properties, java.lang.String builder,",
                        "    java.lang.String value, java.lang.String p0, java.lang.String e0, int groups,",
                        "    boolean isDefault, @Property(name = \"default\") boolean fallback,",
                        "    @Property(name = \"class\") java.lang.String kind,",
                        "    java.util.Optional<java.lang.String> result, java.util.List<Map> places,",
                        "    java.util.Map<java.lang.String, java.lang.Integer> counts, Map location,",
                        "    @Timestamp java.time.Instant timestamp) {}"),
                Compilations.source("com.acme.other.Other",
                        "package com.acme.other;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"class\")",
                        "public interface Other { String send(); }"),
                Compilations.source("com.acme.app.Driver",
                        "package com.acme.app;",
                        "import com.acme.clash.*;",
                        "import io.github.posthogcatalog.runtime.EventSink;",
                        "public final class Driver {",
                        "  public static void run(EventSink sink) {",
                        "    ClashEvents events = new ClashEvents(sink);",
                        "    events.clashEvent(\"u\").sink(\"s\").event(\"e\").distinctId(\"d\").properties(\"p\")",
                        "        .builder(\"b\").value(\"v\").p0(\"x\").e0(\"y\").groups(1).isDefault(true).fallback(false)",
                        "        .kind(\"k\").places(java.util.List.of(new Map(\"Oslo\"))).counts(java.util.Map.of())",
                        "        .location(new Map(\"Rome\")).result(\"r\").send();",
                        "    events.eventClass(\"u\").send(\"now\").send();",
                        "  }",
                        "}"));

        assertThat(compilation).succeededWithoutWarnings();
        List<CapturedEvent> sent = new ArrayList<>();
        EventSink sink = sent::add;
        new CompiledClasses(compilation).runDriver("com.acme.app.Driver", "run", sink);

        Assertions.assertThat(sent.get(0).properties().keySet()).containsExactly("sink", "event", "distinct_id",
                "properties", "builder", "value", "p0", "e0", "groups", "is_default", "default", "class", "result",
                "places", "counts", "location");
        Assertions.assertThat(sent.get(0).properties().get("places")).isEqualTo(List.of(Map.of("city", "Oslo")));
        Assertions.assertThat(sent.get(1).event()).isEqualTo("class");
        Assertions.assertThat(sent.get(1).properties()).isEqualTo(Map.of("send", "now"));
    }

    @Test
    void generatedClassPackages() {
        Compilation compilation = Compilations.compileStrict(
                Compilations.source("com.acme.entry.package-info",
                        "@io.github.posthogcatalog.annotations.Catalog(name = \"platform_ops-2\")",
                        "package com.acme.entry;"),
                Compilations.source("com.acme.events.Signup",
                        "package com.acme.events;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"signup\")",
                        "public record Signup(String email) {}"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.entry.PlatformOps2Events");
        assertThat(compilation).generatedSourceFile("com.acme.events.EventsEmitters")
                .contentsAsUtf8String().contains("class SignupEmitter");
    }

    @Test
    void withoutCatalogEntryClassNamedAfterFirstPackage() {
        Compilation compilation = Compilations.compileStrict(
                Compilations.source("com.acme.zeta.Late",
                        "package com.acme.zeta;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"late\")",
                        "public record Late(String id) {}"),
                Compilations.source("com.acme.analytics.Early",
                        "package com.acme.analytics;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"early\")",
                        "public record Early(String id) {}"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.analytics.AnalyticsEvents");
        Assertions.assertThat(Compilations.catalogJson(compilation)).contains("\"name\" : \"com.acme.analytics\"");
    }
}
