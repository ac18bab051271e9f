package io.github.posthogcatalog.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.posthogcatalog.processor.codegen.EmitterGenerator;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One package's emitters are one class, and a class file has room for 65,535 constant-pool entries. */
class EmittersLimitTest {

    /** Required properties per event; each is one step interface of the event's builder. */
    private static final int PROPERTIES = 100;

    /**
     * The estimate per event: three entries for each nested type (the emitter, a step per property,
     * the final stage and the builder), six per property and ten for the event's methods.
     */
    private static final int ENTRIES_PER_EVENT = 3 * (PROPERTIES + 3) + 6 * PROPERTIES + 10;

    @Test
    void oversizedPackageReportedOnFirstEvent() {
        int events = EmitterGenerator.MAX_POOL_ENTRIES / ENTRIES_PER_EVENT + 1;
        List<JavaFileObject> others = new ArrayList<>();
        for (int i = 1; i < events; i++) {
            others.add(Compilations.source("com.acme.Event" + i, "package com.acme;",
                    "@io.github.posthogcatalog.annotations.Event(name = \"event-" + i + "\")",
                    "public record Event" + i + "(" + components() + ") {}"));
        }

        Compilation compilation = DiagnosticCase.of(Diagnostic.EMITTERS_TOO_MANY, "record Sample",
                        "package com.acme;",
                        "@io.github.posthogcatalog.annotations.Event(name = \"a-first-event\")",
                        "public record Sample(" + components() + ") {}")
                .assertReported(others.toArray(JavaFileObject[]::new));

        assertThat(compilation.errors()).hasSize(1);
        assertThat(compilation.errors().get(0).getMessage(null))
                .contains("package com.acme declares " + events + " events whose emitters need about "
                        + events * ENTRIES_PER_EVENT + " constant-pool entries")
                .contains("move some of the events to another package");
    }

    private static String components() {
        return IntStream.range(0, PROPERTIES).mapToObj(i -> "String p" + i).collect(Collectors.joining(", "));
    }
}
