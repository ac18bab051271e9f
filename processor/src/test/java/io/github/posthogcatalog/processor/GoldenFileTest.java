package io.github.posthogcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the generated source of one representative catalog, to catch output that compiles and runs
 * but reads oddly. After an intended change, rerun with {@code -Dgolden.update=true} and review the
 * diff of {@code src/test/resources/golden}.
 */
class GoldenFileTest {

    private static Compilation compilation;

    @BeforeAll
    static void compile() {
        compilation = Compilations.compileStrict(
                Compilations.source("com.acme.ops.package-info",
                        "@io.github.posthogcatalog.annotations.Catalog(name = \"platform-ops\")",
                        "package com.acme.ops;"),
                Compilations.source("com.acme.ops.EspiMessage",
                        "package com.acme.ops;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "import java.time.Instant;",
                        "import java.util.*;",
                        "/**",
                        " * A user sent a message to ESPi.",
                        " *",
                        " * @param conversationId the conversation the message belongs to",
                        " */",
                        "@Event(name = \"espi-message\")",
                        "public record EspiMessage(String conversationId, int tokenCount, Optional<String> model,",
                        "    List<Attachment> attachments, Channel channel, @Group(\"company\") String company,",
                        "    @Timestamp Instant sentAt) {",
                        "  /** A file sent with the message. */",
                        "  public record Attachment(String name, long bytes) {}",
                        "  public enum Channel { WEB, @WireValue(\"slack-app\") SLACK }",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void emitterMatchesGoldenFile() throws IOException {
        assertGolden("com.acme.ops.PlatformOpsEmitters");
    }

    @Test
    void entryClassMatchesGoldenFile() throws IOException {
        assertGolden("com.acme.ops.PlatformOpsEvents");
    }

    private static void assertGolden(String qualifiedName) throws IOException {
        String actual = Compilations.generatedSource(compilation, qualifiedName);
        String resource = "golden/" + qualifiedName.replace('.', '/') + ".java.txt";
        if (Boolean.getBoolean("golden.update")) {
            Path file = Path.of("src/test/resources").resolve(resource);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
        }
        assertThat(actual).isEqualTo(read(resource));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = GoldenFileTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing golden file " + resource + "; run with -Dgolden.update=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
