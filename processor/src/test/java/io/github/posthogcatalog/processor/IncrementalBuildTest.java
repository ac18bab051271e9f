package io.github.posthogcatalog.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogcatalog.runtime.EventSink;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real javac runs with output folders on disk, as Maven's compiler plugin does: a second build
 * without {@code clean} must work, and a build with errors must write no catalog.
 */
class IncrementalBuildTest {

    private static final String EVENT = String.join("\n",
            "package com.acme;",
            "@io.github.posthogcatalog.annotations.Event(name = \"order-placed\")",
            "public record OrderPlaced(String orderId, int items) {}",
            "");

    @TempDir
    Path dir;

    @Test
    void secondBuildIntoSameFoldersSucceeds() throws Exception {
        Path source = write("com/acme/OrderPlaced.java", EVENT);

        BuildResult first = compile(source);
        byte[] catalogAfterFirst = Files.readAllBytes(catalog());
        BuildResult second = compile(source);

        assertThat(first.success()).as(first.output()).isTrue();
        assertThat(second.success()).as(second.output()).isTrue();
        assertThat(second.output()).doesNotContain("Attempt to", "FilerException");
        assertThat(Files.readAllBytes(catalog())).isEqualTo(catalogAfterFirst);
        assertThat(dir.resolve("generated/com/acme/AcmeEmitters.java")).exists();
    }

    @Test
    void buildWithErrorWritesNoCatalog() throws Exception {
        Path source = write("com/acme/OrderPlaced.java", EVENT.replace("order-placed", "$order"));

        BuildResult result = compile(source);

        assertThat(result.success()).isFalse();
        assertThat(result.output()).contains("[event-name-reserved]");
        assertThat(catalog()).doesNotExist();
    }

    private record BuildResult(boolean success, String output) {}

    private BuildResult compile(Path source) throws IOException, URISyntaxException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path generated = Files.createDirectories(dir.resolve("generated"));
        String classpath = String.join(File.pathSeparator, classes.toString(),
                location(EventSink.class), location(io.github.posthogcatalog.annotations.Event.class));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        // Like Maven, the class output is on the class path. javac then warns under
        // -Xlint:processing that generated types already exist there, for every generating
        // processor, so that lint is off here as in the project's own builds.
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(output, files, null,
                    List.of("-d", classes.toString(), "-s", generated.toString(), "-classpath", classpath,
                            "-Xlint:all,-processing", "-Werror"),
                    null, files.getJavaFileObjects(source));
            task.setProcessors(Compilations.processors());
            return new BuildResult(task.call(), output.toString());
        }
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve("src").resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Path catalog() {
        return dir.resolve("classes/META-INF/posthog/catalog.json");
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
